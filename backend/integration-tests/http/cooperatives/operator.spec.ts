import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createAdminUser } from "../../helpers/actors"
import { cooperativeInput, createAccreditedCooperative, createService, createTerritory } from "./fixtures"

jest.setTimeout(120000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const call = (method: "get" | "post", url: string, headers: object, data?: object) =>
      api.request({ method, url, data, ...headers, validateStatus: () => true })

    const countOf = async (entity: string, filters: Record<string, unknown> = {}) => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity, fields: ["id"], filters })
      return data.length
    }

    it("refuses bad cooperative data with the field named, and writes nothing", async () => {
      const container = getContainer()
      await createTerritory(container)
      const operator = await createAdminUser(api, container, "ufficio_di_piano")
      const bad: [Record<string, unknown>, string][] = [
        [{ partita_iva: "34079190128" }, "partita_iva invalid_partita_iva"],
        [{ codice_fiscale: "RSSMRA85C52L319X" }, "codice_fiscale invalid_codice_fiscale"],
        [{ iban: "IT27A0503450440000000100038" }, "iban invalid_iban"],
        [{ care_areas: ["astrologia"] }, "care_areas unknown_care_area"],
        [{ comuni_served: ["015146"] }, "comuni_served unknown_comune"],
      ]
      for (const [override, message] of bad) {
        const res = await call("post", "/admin/cooperatives", operator, cooperativeInput(0, override as object))
        expect([res.status, res.data.message]).toEqual([400, expect.stringContaining(message)])
      }
      const notZod = await call("post", "/admin/cooperatives", operator, { ...cooperativeInput(0), email: "non-una-mail" })
      expect(notZod.status).toBe(400)
      expect(await countOf("cooperative")).toBe(0)

      const created = await call("post", "/admin/cooperatives", operator, {
        ...cooperativeInput(0),
        iban: "it27 a050 3450 4400 0000 0100 037",
      })
      expect(created.status).toBe(201)
      expect(created.data.cooperative).toMatchObject({ status: "pending", iban: "IT27A0503450440000000100037" })
      const twice = await call("post", "/admin/cooperatives", operator, { ...cooperativeInput(0), handle: "altra" })
      expect(twice.status).toBe(422)
      expect(await countOf("cooperative")).toBe(1)
    })

    it("accredits once, suspends only with a reason, and keeps the history with the actor", async () => {
      const container = getContainer()
      await createTerritory(container)
      const operator = await createAdminUser(api, container, "ufficio_di_piano")
      const { data } = await call("post", "/admin/cooperatives", operator, cooperativeInput(1))
      const url = `/admin/cooperatives/${data.cooperative.id}/accreditation`

      expect((await call("post", url, operator, { status: "accredited" })).status).toBe(200)
      const again = await call("post", url, operator, { status: "accredited" })
      expect([again.status, again.data.message]).toEqual([400, expect.stringContaining("is accredited and cannot become accredited")])
      expect((await call("post", url, operator, { status: "suspended" })).status).toBe(400)
      expect((await call("post", url, operator, { status: "suspended", reason: "DURC scaduto" })).status).toBe(200)

      const { data: detail } = await call("get", `/admin/cooperatives/${data.cooperative.id}`, operator)
      expect(detail.cooperative.status).toBe("suspended")
      const history = [...detail.cooperative.accreditation_events].sort(
        (a: { occurred_at: string }, b: { occurred_at: string }) => a.occurred_at.localeCompare(b.occurred_at)
      )
      expect(history.map((e: { status: string }) => e.status)).toEqual(["pending", "accredited", "suspended"])
      expect(history[2]).toMatchObject({ actor_id: operator.userId, reason: "DURC scaduto" })
    })

    it("makes a user a member of one cooperative once", async () => {
      const container = getContainer()
      await createTerritory(container)
      const operator = await createAdminUser(api, container, "ufficio_di_piano")
      const coop = await createAccreditedCooperative(container, 0)
      const other = await createAccreditedCooperative(container, 1)
      const newcomer = await createAdminUser(api, container, null)

      const member = { user_id: newcomer.userId, role: "cooperative_owner" }
      const first = await call("post", `/admin/cooperatives/${coop.id}/members`, operator, member)
      expect(first.status).toBe(201)
      const twice = await call("post", `/admin/cooperatives/${other.id}/members`, operator, member)
      expect([twice.status, twice.data.message]).toEqual([400, expect.stringContaining("already has the role")])
      expect((await call("post", `/admin/cooperatives/coop_missing/members`, operator, member)).status).toBe(404)
      expect((await call("post", `/admin/cooperatives/${coop.id}/members`, operator, { ...member, role: "platform_admin" })).status).toBe(400)
      expect(await countOf("role_assignment", { user_id: newcomer.userId })).toBe(1)

      // The new member now works in their own cooperative's scope.
      const { data } = await call("get", "/admin/cooperatives", newcomer)
      expect(data.cooperatives.map((c: { id: string }) => c.id)).toEqual([coop.id])
    })

    it("lets a service belong to one cooperative only", async () => {
      const container = getContainer()
      const territory = await createTerritory(container)
      const operator = await createAdminUser(api, container, "ufficio_di_piano")
      const coopA = await createAccreditedCooperative(container, 0)
      const coopB = await createAccreditedCooperative(container, 1)
      const product = await createService(container, territory, coopA.id, "servizio-a")

      const res = await call("post", `/admin/cooperatives/${coopB.id}/products`, operator, { product_ids: [product.id] })
      expect([res.status, res.data.message]).toEqual([400, expect.stringContaining("already sold by another cooperative")])
      const same = await call("post", `/admin/cooperatives/${coopA.id}/products`, operator, { product_ids: [product.id] })
      expect([same.status, same.data.linked_product_ids]).toEqual([200, []])
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "product", fields: ["cooperative.id"], filters: { id: product.id } })
      expect(data[0].cooperative?.id).toBe(coopA.id)
    })
  },
})
