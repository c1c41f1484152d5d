import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCooperativeWorkflow } from "../../../workflows/create-cooperative"
import type { AdminCreateCooperativeType, AdminGetCooperativesParamsType } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetCooperativesParamsType>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: cooperatives, metadata } = await query.graph({
    entity: "cooperative",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({ cooperatives, count: metadata?.count, offset: metadata?.skip, limit: metadata?.take })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateCooperativeType>, res: MedusaResponse) => {
  const { result } = await createCooperativeWorkflow(req.scope).run({
    input: { cooperative: req.validatedBody, actor_id: req.auth_context.actor_id },
  })
  res.status(201).json({ cooperative: result })
}
