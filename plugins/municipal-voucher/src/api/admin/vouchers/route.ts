import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminGetVouchersParamsType } from "./validators"

/** Vouchers, filtered by citizen, scheme or status (the customer page's wallet uses customer_id). */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetVouchersParamsType>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: vouchers, metadata } = await query.graph({
    entity: "voucher",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({ vouchers, count: metadata?.count, offset: metadata?.skip, limit: metadata?.take })
}
