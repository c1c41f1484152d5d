import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { localeFrom } from "../../../lib/messages"
import { decideCitizenProfileChangeWorkflow } from "../../../workflows/decide-citizen-profile-change"
import { presentChangeRequests } from "../../utils/change-request-response"
import type { AdminDecideChangeRequestType } from "./validators"

/** Approves or rejects one request as the calling operator, who is recorded on it. */
export function decide(decision: "approve" | "reject") {
  return async (req: AuthenticatedMedusaRequest<AdminDecideChangeRequestType>, res: MedusaResponse) => {
    const { result } = await decideCitizenProfileChangeWorkflow(req.scope).run({
      input: {
        id: req.params.id,
        decision,
        reason: req.validatedBody.reason ?? null,
        actor_id: req.auth_context.actor_id,
        locale: localeFrom(req.headers["accept-language"]),
      },
    })
    const [presented] = await presentChangeRequests(req.scope, [result as any], { forOperator: true })
    res.json({ change_request: presented })
  }
}
