import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ledgerReason } from "../../../../../lib/messages"
import { actorsById, citizensById, ordersByCart } from "../../../../utils/admin-names"
import { localeOf } from "../../../../utils/locale"

/**
 * A voucher's ledger as the Ufficio di Piano reads it: every movement with the operator's
 * name and e-mail, the order number instead of the cart, and the citizen's name.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph(
    {
      entity: "voucher",
      fields: [
        "id", "customer_id", "amount_granted", "balance", "currency_code", "status", "valid_until",
        "scheme.id", "scheme.name",
        "entries.id", "entries.kind", "entries.amount", "entries.reference", "entries.reason", "entries.reason_code",
        "entries.actor_id", "entries.metadata", "entries.created_at",
      ],
      filters: { id: req.params.id },
    },
    { throwIfKeyNotFound: true }
  )
  const voucher = data[0] as any
  const entries = [...(voucher.entries ?? [])].sort(
    (a: any, b: any) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime()
  )
  const [citizens, actors, orders] = await Promise.all([
    citizensById(query, [voucher.customer_id]),
    actorsById(query, entries.map((e: any) => e.actor_id)),
    ordersByCart(query, entries.map((e: any) => e.reference)),
  ])
  res.json({
    voucher: { ...voucher, entries: undefined, citizen: citizens.get(voucher.customer_id) ?? null },
    entries: entries.map((e: any) => ({
      id: e.id,
      kind: e.kind,
      amount: Number(e.amount),
      // The system's reasons are codes, shown in the operator's language; an operator's own words stay as written.
      reason: ledgerReason(e, localeOf(req)),
      created_at: e.created_at,
      actor: e.actor_id ? actors.get(e.actor_id) ?? { id: e.actor_id, name: "", email: null } : null,
      order: e.reference ? orders.get(e.reference) ?? null : null,
    })),
  })
}
