import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ledgerReason } from "../../../../../lib/messages"
import { actorsById } from "../../../../utils/admin-names"
import { localeOf } from "../../../../utils/locale"

/** How an order was paid by voucher: its voucher credit lines and every ledger movement of that checkout. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: orders }, { data: links }] = await Promise.all([
    query.graph(
      {
        entity: "order",
        fields: ["id", "total", "credit_lines.*", "payment_collections.payments.id", "payment_collections.payments.provider_id", "payment_collections.payments.amount", "payment_collections.payments.captured_at", "payment_collections.payments.captures.id"],
        filters: { id: req.params.id },
      },
      { throwIfKeyNotFound: true }
    ),
    query.graph({ entity: "order_cart", fields: ["cart_id"], filters: { order_id: req.params.id } }),
  ])
  const cartId = (links[0] as { cart_id?: string } | undefined)?.cart_id
  const { data: entries } = cartId
    ? await query.graph({
        entity: "voucher_ledger_entry",
        fields: ["id", "kind", "amount", "reference", "reason", "reason_code", "actor_id", "metadata", "created_at", "voucher.id", "voucher.scheme.name"],
        filters: { reference: cartId },
      })
    : { data: [] }
  // Who refunded: the operator's name and e-mail, not a user id.
  const actors = await actorsById(query, entries.map((e: { actor_id?: string | null }) => e.actor_id))
  const order = orders[0] as { credit_lines?: { reference: string }[]; payment_collections?: unknown[] }
  res.json({
    voucher_credit_lines: (order.credit_lines ?? []).filter((l) => l.reference === "municipal-voucher"),
    payments: order.payment_collections,
    entries: entries.map((e: { actor_id?: string | null; reason?: string | null; reason_code?: string | null }) => ({
      ...e,
      reason: ledgerReason(e, localeOf(req)),
      actor: (e.actor_id && actors.get(e.actor_id)) || null,
    })),
  })
}
