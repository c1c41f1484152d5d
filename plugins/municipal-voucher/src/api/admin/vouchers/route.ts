import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { citizensById } from "../../utils/admin-names"
import type { AdminGetVouchersParamsType } from "./validators"

/**
 * Vouchers, filtered by citizen, scheme or status (the customer page's wallet uses customer_id),
 * each with its citizen's name so that the admin never shows a cus_ id.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetVouchersParamsType>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "voucher",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  const citizens = await citizensById(query, data.map((v: { customer_id?: string }) => v.customer_id))
  const vouchers = data.map((v: { customer_id?: string }) => ({ ...v, citizen: (v.customer_id && citizens.get(v.customer_id)) || null }))
  res.json({ vouchers, count: metadata?.count, offset: metadata?.skip, limit: metadata?.take })
}
