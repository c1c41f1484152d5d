import type { RemoteQueryFunction } from "@medusajs/framework/types"

/** What the admin shows for a citizen instead of a cus_ id. */
export type CitizenName = { id: string; name: string; email: string | null; codice_fiscale: string | null }
/** What the admin shows for an operator instead of a user id. */
export type ActorName = { id: string; name: string; email: string | null }

const fullName = (p: { first_name?: string | null; last_name?: string | null; email?: string | null }) =>
  [p.first_name, p.last_name].filter(Boolean).join(" ") || p.email || ""

const unique = (ids: (string | null | undefined)[]) => [...new Set(ids.filter((id): id is string => !!id))]

/** Citizens by customer id, with the codice fiscale of their profile (ambito plugin's link). */
export async function citizensById(query: Omit<RemoteQueryFunction, symbol>, ids: (string | null | undefined)[]) {
  const wanted = unique(ids)
  if (!wanted.length) return new Map<string, CitizenName>()
  const { data } = await query.graph({
    entity: "customer",
    fields: ["id", "first_name", "last_name", "email", "citizen_profile.codice_fiscale"],
    filters: { id: wanted },
  })
  return new Map<string, CitizenName>(
    data.map((c: any) => [
      c.id,
      { id: c.id, name: fullName(c), email: c.email ?? null, codice_fiscale: c.citizen_profile?.codice_fiscale ?? null },
    ])
  )
}

/** Admin users by id: who moved value. */
export async function actorsById(query: Omit<RemoteQueryFunction, symbol>, ids: (string | null | undefined)[]) {
  const wanted = unique(ids)
  if (!wanted.length) return new Map<string, ActorName>()
  const { data } = await query.graph({ entity: "user", fields: ["id", "first_name", "last_name", "email"], filters: { id: wanted } })
  return new Map<string, ActorName>(data.map((u: any) => [u.id, { id: u.id, name: fullName(u), email: u.email ?? null }]))
}

/** Orders by the cart they were placed from (ledger references are carts): id and number. */
export async function ordersByCart(query: Omit<RemoteQueryFunction, symbol>, cartIds: (string | null | undefined)[]) {
  const wanted = unique(cartIds).filter((id) => id.startsWith("cart_"))
  if (!wanted.length) return new Map<string, { id: string; display_id: number }>()
  const { data: links } = await query.graph({ entity: "order_cart", fields: ["cart_id", "order_id"], filters: { cart_id: wanted } })
  const orderIds = unique(links.map((l: any) => l.order_id))
  const { data: orders } = orderIds.length
    ? await query.graph({ entity: "order", fields: ["id", "display_id"], filters: { id: orderIds } })
    : { data: [] }
  const byId = new Map(orders.map((o: any) => [o.id, o]))
  return new Map<string, { id: string; display_id: number }>(
    links
      .filter((l: any) => byId.has(l.order_id))
      .map((l: any) => [l.cart_id, { id: l.order_id, display_id: (byId.get(l.order_id) as any).display_id }])
  )
}
