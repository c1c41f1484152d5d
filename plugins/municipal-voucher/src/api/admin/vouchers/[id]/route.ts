import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** A voucher with its scheme and its whole ledger. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph(
    { entity: "voucher", fields: req.queryConfig.fields, filters: { id: req.params.id } },
    { throwIfKeyNotFound: true }
  )
  res.json({ voucher: data[0] })
}
