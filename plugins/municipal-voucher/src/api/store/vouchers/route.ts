import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export const WALLET_FIELDS = [
  "id",
  "amount_granted",
  "balance",
  "currency_code",
  "status",
  "valid_until",
  "created_at",
  "scheme.id",
  "scheme.name",
  "scheme.description",
  "scheme.care_areas",
  "scheme.cooperative_handles",
  "scheme.product_ids",
  "entries.id",
  "entries.kind",
  "entries.amount",
  "entries.reference",
  "entries.reason",
  "entries.created_at",
]

/** The citizen's wallet: own vouchers with balance, expiry, what they may pay for, and their history. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: vouchers } = await query.graph({
    entity: "voucher",
    fields: WALLET_FIELDS,
    filters: { customer_id: req.auth_context.actor_id },
  })
  res.json({ vouchers })
}
