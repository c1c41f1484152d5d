import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { AMBITO_MODULE } from "../../../../../modules/ambito"
import type AmbitoModuleService from "../../../../../modules/ambito/service"
import { presentChangeRequests } from "../../../../utils/change-request-response"
import { profileOf, requestChange } from "../../../../utils/citizen-requests"

/** The caller's own change requests, newest first: pending, approved and rejected alike. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const profile = await profileOf(req, req.auth_context.actor_id)
  if (!profile) {
    res.json({ change_requests: [] })
    return
  }
  const service: AmbitoModuleService = req.scope.resolve(AMBITO_MODULE)
  const requests = await service.listCitizenProfileChangeRequests(
    { profile_id: profile.id },
    { order: { created_at: "DESC" }, take: 50 }
  )
  res.json({ change_requests: await presentChangeRequests(req.scope, requests as any, { forOperator: false }) })
}

/** Same as POST /store/citizens/me: asks for a change of comune or household. */
export const POST = requestChange
