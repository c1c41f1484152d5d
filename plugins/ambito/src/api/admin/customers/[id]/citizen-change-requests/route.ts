import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { AMBITO_MODULE } from "../../../../../modules/ambito"
import type AmbitoModuleService from "../../../../../modules/ambito/service"
import { presentChangeRequests } from "../../../../utils/change-request-response"

/** One citizen's change requests, newest first: the history shown on the customer page. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "customer",
    fields: ["id", "citizen_profile.id"],
    filters: { id: req.params.id },
  })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer with id: ${req.params.id} was not found`)
  }
  const profileId = data[0].citizen_profile?.id
  if (!profileId) {
    res.json({ change_requests: [] })
    return
  }
  const service: AmbitoModuleService = req.scope.resolve(AMBITO_MODULE)
  const requests = await service.listCitizenProfileChangeRequests(
    { profile_id: profileId },
    { order: { created_at: "DESC" }, take: 100 }
  )
  res.json({ change_requests: await presentChangeRequests(req.scope, requests as any, { forOperator: true }) })
}
