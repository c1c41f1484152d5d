import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { localeOf } from "../../utils/locale"
import { LEDGER_PUBLIC_FIELDS, VOUCHER_SUMMARY_FIELDS, withReadableReasons } from "../../utils/voucher-fields"

export const WALLET_FIELDS = [
  ...VOUCHER_SUMMARY_FIELDS,
  "scheme.description",
  "scheme.cooperative_handles",
  "scheme.product_ids",
  ...LEDGER_PUBLIC_FIELDS,
]

/** The citizen's wallet: own vouchers with balance, expiry, what they may pay for, and their history. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: vouchers } = await query.graph({
    entity: "voucher",
    fields: WALLET_FIELDS,
    filters: { customer_id: req.auth_context.actor_id },
  })
  res.json({ vouchers: withReadableReasons(vouchers, localeOf(req)) })
}
