import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  MEMBER_ALLOWED_STOCK_ROUTES,
  MEMBER_REFUSED_STOCK_ROUTES,
} from "@tradatewelfare/platform-access/lib/stock-admin-routes"
import { createAdminUser, Headers } from "../../helpers/actors"
import {
  createAccreditedCooperative,
  createBuyer,
  createPlacedOrder,
  createService,
  createTerritory,
  snapshot,
} from "./fixtures"

jest.setTimeout(300000)

type Caller = "admin" | "operator" | "ownerA" | "staffA" | "memberB" | "norole" | "anonymous"
type Row = {
  as: Caller
  method: "GET" | "POST" | "DELETE"
  path: string
  body?: Record<string, unknown>
  /** An exact status, or a check returning what is wrong (null when right). */
  expect: number | ((status: number, data: any) => string | null)
}

/** Fills a route's parameters with ids that exist nowhere (the guard must answer before any lookup). */
const concrete = (routePath: string) => routePath.replace(/:[a-z_]+/g, "x_1")

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    it("enforces every role boundary of the admin API, changing nothing it refuses", async () => {
      const container = getContainer()
      const territory = await createTerritory(container)
      const coopA = await createAccreditedCooperative(container, 0)
      const coopB = await createAccreditedCooperative(container, 1)
      const productA = await createService(container, territory, coopA.id, "servizio-a")
      const productB = await createService(container, territory, coopB.id, "servizio-b")
      const buyer = await createBuyer(container)
      const orderA = await createPlacedOrder(container, territory, buyer.id, [productA.variants[0].id])
      const orderB = await createPlacedOrder(container, territory, buyer.id, [productB.variants[0].id])

      const scopeA = { type: "cooperative" as const, id: coopA.id }
      const callers: Record<Exclude<Caller, "anonymous">, Headers & { userId: string }> = {
        admin: await createAdminUser(api, container, "platform_admin"),
        operator: await createAdminUser(api, container, "ufficio_di_piano"),
        ownerA: await createAdminUser(api, container, "cooperative_owner", scopeA),
        staffA: await createAdminUser(api, container, "cooperative_staff", scopeA),
        memberB: await createAdminUser(api, container, "cooperative_staff", { type: "cooperative", id: coopB.id }),
        norole: await createAdminUser(api, container, null),
      }
      const [store] = await container.resolve(Modules.STORE).listStores({}, { select: ["id"] })
      const before = await snapshot(container)

      const ids = (data: any, key: string) => (data?.[key] ?? []).map((r: { id: string }) => r.id).sort()
      const only = (key: string, expected: string[]) => (status: number, data: any) =>
        status === 200 && JSON.stringify(ids(data, key)) === JSON.stringify([...expected].sort())
          ? null
          : `${status} ${JSON.stringify(ids(data, key))}`

      const rows: Row[] = [
        // Unauthenticated callers get nothing.
        { as: "anonymous", method: "GET", path: "/admin/products", expect: 401 },
        { as: "anonymous", method: "GET", path: "/admin/cooperatives", expect: 401 },
        { as: "anonymous", method: "POST", path: `/admin/cooperatives/${coopA.id}/accreditation`, body: { status: "suspended", reason: "x" }, expect: 401 },
        // A user with no role learns who they are, nothing else.
        { as: "norole", method: "GET", path: "/admin/users/me", expect: 200 },
        { as: "norole", method: "GET", path: "/admin/products", expect: 403 },
        { as: "norole", method: "GET", path: "/admin/orders", expect: 403 },
        // Cooperative A's members: their own services and orders only.
        { as: "staffA", method: "GET", path: "/admin/products", expect: only("products", [productA.id]) },
        { as: "staffA", method: "GET", path: `/admin/products?id=${productB.id}`, expect: only("products", []) },
        { as: "staffA", method: "GET", path: `/admin/products/${productA.id}`, expect: 200 },
        { as: "staffA", method: "POST", path: `/admin/products/${productA.id}`, body: { subtitle: "Aggiornato" }, expect: 200 },
        { as: "staffA", method: "GET", path: `/admin/products/${productB.id}`, expect: 404 },
        { as: "staffA", method: "POST", path: `/admin/products/${productB.id}`, body: { title: "Preso" }, expect: 404 },
        { as: "staffA", method: "DELETE", path: `/admin/products/${productB.id}`, expect: 404 },
        { as: "staffA", method: "POST", path: `/admin/products/${productB.id}/variants/${productB.variants[0].id}`, body: { prices: [{ amount: 1, currency_code: "eur" }] }, expect: 404 },
        { as: "staffA", method: "POST", path: `/admin/products/${productB.id}/variants`, body: { title: "Extra", prices: [{ amount: 1, currency_code: "eur" }] }, expect: 404 },
        { as: "ownerA", method: "GET", path: "/admin/orders", expect: only("orders", [orderA.id]) },
        { as: "ownerA", method: "GET", path: `/admin/orders?id[]=${orderB.id}`, expect: only("orders", []) },
        { as: "ownerA", method: "GET", path: `/admin/orders/${orderB.id}`, expect: 404 },
        { as: "ownerA", method: "POST", path: `/admin/orders/${orderB.id}/fulfillments`, body: { items: [{ id: "x", quantity: 1 }] }, expect: 404 },
        { as: "ownerA", method: "POST", path: `/admin/orders/${orderA.id}/cancel`, expect: 403 },
        {
          as: "ownerA",
          method: "GET",
          path: `/admin/orders/${orderA.id}?fields=id,*customer,+customer.metadata,customer.groups.*`,
          expect: (status, data) => {
            const keys = Object.keys(data?.order?.customer ?? {}).sort().join(",")
            return status === 200 && keys === "email,first_name,id,last_name,phone" ? null : `${status} customer keys: ${keys}`
          },
        },
        { as: "ownerA", method: "GET", path: "/admin/cooperatives", expect: only("cooperatives", [coopA.id]) },
        { as: "ownerA", method: "GET", path: `/admin/cooperatives/${coopB.id}`, expect: 404 },
        { as: "ownerA", method: "POST", path: `/admin/cooperatives/${coopA.id}/accreditation`, body: { status: "suspended", reason: "x" }, expect: 403 },
        { as: "ownerA", method: "POST", path: `/admin/cooperatives/${coopA.id}/members`, body: { user_id: callers.norole.userId, role: "cooperative_staff" }, expect: 403 },
        { as: "ownerA", method: "POST", path: `/admin/cooperatives/${coopB.id}/products`, body: { product_ids: [productA.id] }, expect: 403 },
        { as: "staffA", method: "GET", path: "/admin/users", expect: 403 },
        { as: "staffA", method: "POST", path: `/admin/users/${callers.operator.userId}`, body: { first_name: "X" }, expect: 403 },
        { as: "staffA", method: "DELETE", path: `/admin/users/${callers.operator.userId}`, expect: 403 },
        { as: "staffA", method: "GET", path: "/admin/api-keys", expect: 403 },
        { as: "staffA", method: "POST", path: "/admin/api-keys", body: { title: "k", type: "secret" }, expect: 403 },
        { as: "staffA", method: "POST", path: `/admin/stores/${store.id}`, body: { name: "Preso" }, expect: 403 },
        { as: "staffA", method: "GET", path: "/admin/customers", expect: 403 },
        { as: "staffA", method: "GET", path: "/admin/regions", expect: 200 },
        { as: "staffA", method: "POST", path: "/admin/regions", body: { name: "Altrove", currency_code: "eur" }, expect: 403 },
        { as: "staffA", method: "GET", path: "/admin/promotions", expect: 403 },
        { as: "staffA", method: "GET", path: "/admin/voucher-schemes", expect: 403 },
        { as: "staffA", method: "POST", path: "/admin/voucher-schemes", body: { name: "x" }, expect: 403 },
        { as: "staffA", method: "GET", path: "/admin/vouchers/x_1", expect: 403 },
        { as: "staffA", method: "POST", path: `/admin/orders/${orderA.id}/voucher-refunds`, body: {}, expect: 403 },
        // Cooperative B's member sees B's, not A's.
        { as: "memberB", method: "GET", path: "/admin/products", expect: only("products", [productB.id]) },
        { as: "memberB", method: "GET", path: `/admin/orders/${orderA.id}`, expect: 404 },
        // The Ufficio di Piano sees the whole Ambito but not platform administration.
        { as: "operator", method: "GET", path: "/admin/products", expect: only("products", [productA.id, productB.id]) },
        { as: "operator", method: "GET", path: "/admin/orders", expect: only("orders", [orderA.id, orderB.id]) },
        { as: "operator", method: "GET", path: `/admin/orders/${orderB.id}`, expect: 200 },
        { as: "operator", method: "GET", path: "/admin/cooperatives", expect: only("cooperatives", [coopA.id, coopB.id]) },
        { as: "operator", method: "GET", path: "/admin/voucher-schemes", expect: 200 },
        { as: "operator", method: "GET", path: "/admin/customers", expect: 200 },
        { as: "operator", method: "GET", path: "/admin/api-keys", expect: 403 },
        { as: "operator", method: "POST", path: `/admin/stores/${store.id}`, body: { name: "Preso" }, expect: 403 },
        { as: "operator", method: "DELETE", path: `/admin/users/${callers.admin.userId}`, expect: 403 },
        // The platform admin may do everything.
        { as: "admin", method: "GET", path: "/admin/api-keys", expect: 200 },
        { as: "admin", method: "GET", path: "/admin/users", expect: 200 },
        { as: "admin", method: "GET", path: "/admin/voucher-schemes", expect: 200 },
        { as: "admin", method: "GET", path: "/admin/orders", expect: only("orders", [orderA.id, orderB.id]) },
      ]

      // Generated from the classification: every stock route refused to members is refused
      // (invite acceptance authenticates by itself and refuses a registered user anyway)...
      for (const route of MEMBER_REFUSED_STOCK_ROUTES) {
        const [method, routePath] = route.split(" ") as [Row["method"], string]
        const expect = route === "POST /admin/invites/accept" ? (s: number) => (s >= 400 && s < 500 ? null : `${s}`) : 403
        rows.push({ as: "staffA", method, path: concrete(routePath), body: method === "GET" ? undefined : {}, expect })
      }
      // ...and every scoped route opened to members refuses cooperative B's records: 404, or 400
      // when the (empty) body fails Medusa's validation first, which runs before the scoping.
      for (const [route, scope] of Object.entries(MEMBER_ALLOWED_STOCK_ROUTES)) {
        const [method, routePath] = route.split(" ") as [Row["method"], string]
        if (!scope || !routePath.includes(":id")) {
          continue
        }
        const target = scope === "product" ? productB.id : orderB.id
        const path = concrete(routePath.replace(":id", target))
        const refused = (s: number, data: any) =>
          s === 404 || (s === 400 && data?.type === "invalid_data") ? null : `${s} ${JSON.stringify(data).slice(0, 120)}`
        rows.push({ as: "staffA", method, path, body: method === "GET" ? undefined : {}, expect: refused })
      }

      const failures: string[] = []
      const started = Date.now()
      for (const row of rows) {
        const headers = row.as === "anonymous" ? {} : callers[row.as].headers
        const res = await api.request({
          method: row.method,
          url: row.path,
          data: row.body,
          headers,
          validateStatus: () => true,
        })
        const problem =
          typeof row.expect === "number"
            ? res.status === row.expect
              ? null
              : `${res.status} ${JSON.stringify(res.data).slice(0, 160)}`
            : row.expect(res.status, res.data)
        if (problem) {
          failures.push(`${row.as} ${row.method} ${row.path}: expected ${typeof row.expect === "number" ? row.expect : "check"}, got ${problem}`)
        }
      }
      // eslint-disable-next-line no-console
      console.info(`authorization matrix: ${rows.length} requests in ${Date.now() - started} ms`)
      expect(failures).toEqual([])

      // Re-read the database: nothing a refused request touched has changed.
      const after = await snapshot(container)
      expect(after.users.map((u) => u.id).sort()).toEqual(before.users.map((u) => u.id).sort())
      expect(after.apiKeys).toEqual(before.apiKeys)
      expect(after.stores).toEqual(before.stores)
      const productBAfter = after.products.find((p) => p.id === productB.id)
      expect(productBAfter).toEqual(before.products.find((p) => p.id === productB.id))
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: orders } = await query.graph({ entity: "order", fields: ["id", "status"], filters: { id: [orderA.id, orderB.id] } })
      expect(orders.map((o: { status: string }) => o.status)).toEqual(["pending", "pending"])
      const { data: coops } = await query.graph({ entity: "cooperative", fields: ["status"], filters: { id: [coopA.id, coopB.id] } })
      expect(coops.map((c: { status: string }) => c.status)).toEqual(["accredited", "accredited"])
      const { data: schemes } = await query.graph({ entity: "voucher_scheme", fields: ["id"] })
      expect(schemes).toHaveLength(0)
    })
  },
})
