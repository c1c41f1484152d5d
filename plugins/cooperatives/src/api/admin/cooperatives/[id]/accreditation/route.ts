import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { changeAccreditationWorkflow } from "../../../../../workflows/change-accreditation"
import type { AdminChangeAccreditationType } from "../../validators"

export const POST = async (req: AuthenticatedMedusaRequest<AdminChangeAccreditationType>, res: MedusaResponse) => {
  const { result } = await changeAccreditationWorkflow(req.scope).run({
    input: { cooperative_id: req.params.id, ...req.validatedBody, actor_id: req.auth_context.actor_id },
  })
  res.json({ cooperative: result })
}
