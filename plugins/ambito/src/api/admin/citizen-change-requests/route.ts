import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { AMBITO_MODULE } from "../../../modules/ambito"
import type AmbitoModuleService from "../../../modules/ambito/service"
import { presentChangeRequests } from "../../utils/change-request-response"
import type { AdminListChangeRequestsType } from "./validators"

/** The Ufficio di Piano's queue: change requests by status (pending by default), oldest first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { status, limit, offset } = req.validatedQuery as AdminListChangeRequestsType
  const service: AmbitoModuleService = req.scope.resolve(AMBITO_MODULE)
  const [requests, count] = await service.listAndCountCitizenProfileChangeRequests(
    { status },
    { order: { created_at: status === "pending" ? "ASC" : "DESC" }, take: limit, skip: offset }
  )
  res.json({
    change_requests: await presentChangeRequests(req.scope, requests as any, { forOperator: true }),
    count,
    limit,
    offset,
  })
}
