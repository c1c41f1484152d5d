import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { codiceFiscaleFor, createOperator, Headers } from "../../helpers/actors"
import { Citizen, createShop, schemeBody, settle, Shop, twoResidents, voucherService } from "./fixtures"

jest.setTimeout(120000)

/** What the voucher admin pages read and send: comuni of the Ambito, citizen search, CSV preview, names in the ledger. */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Shop
    let operator: Headers
    let maria: Citizen
    let giuseppe: Citizen
    let cfMaria: string

    const scheme = schemeBody
    const english = (headers: Headers): Headers => ({ headers: { ...headers.headers, "accept-language": "en" } })

    beforeEach(async () => {
      const container = getContainer()
      shop = await createShop(container)
      operator = await createOperator(api, container)
      // The operator has a name: the ledger shows it instead of a user id.
      const users = container.resolve(Modules.USER)
      const [user] = await users.listUsers({}, { order: { created_at: "DESC" }, take: 1 })
      await users.updateUsers({ id: user.id, first_name: "Lucia", last_name: "Ferrari" })
      cfMaria = codiceFiscaleFor(1, "Rossi", "Maria")
      const residents = await twoResidents(api, container, shop)
      maria = residents.maria
      giuseppe = residents.giuseppe
    })

    it("refuses a comune outside the Ambito on create and edit, in the operator's language", async () => {
      const outside = await settle(api.post("/admin/voucher-schemes", scheme({ comuni: ["012127", "015146"] }), operator))
      expect(outside.status).toBe(400)
      expect(outside.data.message).toBe("Questi comuni non fanno parte dell'Ambito: 015146.")
      const outsideEn = await settle(api.post("/admin/voucher-schemes", scheme({ comuni: ["015146"] }), english(operator)))
      expect(outsideEn.data.message).toBe("These comuni are not part of the Ambito: 015146.")
      const unknownArea = await settle(api.post("/admin/voucher-schemes", scheme({ care_areas: ["nope"] }), english(operator)))
      expect(unknownArea.data.message).toBe("Unknown care areas: nope.")

      // A malformed body names the fields as the form does, never in zod's English.
      const malformed = await settle(api.post("/admin/voucher-schemes", scheme({ name: "", max_per_citizen: -5 }), operator))
      expect(malformed.status).toBe(400)
      expect(malformed.data.message).toBe("Controlla questi campi: nome della misura, massimo per cittadino.")
      const malformedEn = await settle(api.post("/admin/voucher-schemes", scheme({ ends_at: "domani" }), english(operator)))
      expect(malformedEn.data.message).toBe("Check these fields: end.")

      const { data } = await api.post("/admin/voucher-schemes", scheme({ comuni: ["012127", "012137"] }), operator)
      const id = data.voucher_scheme.id
      const badEdit = await settle(api.post(`/admin/voucher-schemes/${id}`, { comuni: ["012127", "999999"] }, operator))
      expect(badEdit.status).toBe(400)
      expect(badEdit.data.message).toBe("Questi comuni non fanno parte dell'Ambito: 999999.")
      const { data: edited } = await api.post(`/admin/voucher-schemes/${id}`, { comuni: ["012137"] }, operator)
      expect(edited.voucher_scheme.comuni).toEqual(["012137"])

      // Closing answers in the operator's language too.
      await api.post(`/admin/voucher-schemes/${id}/close`, {}, english(operator))
      const closed = await settle(
        api.post(`/admin/voucher-schemes/${id}/vouchers`, { customer_id: giuseppe.id, amount: 50, idempotency_key: "assign-closed-1" }, english(operator))
      )
      expect(closed.data.message).toBe("The voucher scheme is closed: no more vouchers can be assigned.")
    })

    it("finds citizens by name, e-mail or codice fiscale", async () => {
      const search = async (q: string) =>
        (await api.get(`/admin/voucher-citizens?q=${encodeURIComponent(q)}`, operator)).data.citizens.map((c: { id: string }) => c.id)
      expect(await search("Bianchi")).toEqual([giuseppe.id])
      expect(await search("maria.rossi@")).toEqual([maria.id])
      expect(await search(cfMaria.toLowerCase())).toEqual([maria.id])
      expect(await search(cfMaria.slice(0, 11))).toContain(maria.id)
      const { data } = await api.get(`/admin/voucher-citizens?q=${cfMaria}`, operator)
      expect(data.citizens[0]).toEqual({ id: maria.id, name: "Maria Rossi", email: "maria.rossi@example.org", codice_fiscale: cfMaria })
      expect(await search("nessuno-così")).toEqual([])
      expect((await settle(api.get("/admin/voucher-citizens?q=a", operator))).status).toBe(400)
      expect((await settle(api.get("/admin/voucher-citizens?q=Rossi"))).status).toBe(401)
    })

    it("previews a CSV import without writing, then imports it with its key", async () => {
      const { data } = await api.post("/admin/voucher-schemes", scheme({ comuni: ["012127", "012137"] }), operator)
      const url = `/admin/voucher-schemes/${data.voucher_scheme.id}/vouchers/import`
      const service = voucherService(getContainer())
      const good = "email,amount\nmaria.rossi@example.org,120\ngiuseppe.bianchi@example.org,80.50\n"

      const preview = await api.post(url, { csv: good, dry_run: true, idempotency_key: "import-key-1" }, operator)
      expect(preview.status).toBe(200)
      expect(preview.data.dry_run).toBe(true)
      expect(preview.data.rows.map((r: any) => [r.row, r.customer_id, r.amount, r.issues])).toEqual([
        [2, maria.id, 120, []],
        [3, giuseppe.id, 80.5, []],
      ])
      expect(await service.listVouchers({ scheme_id: data.voucher_scheme.id })).toHaveLength(0)

      const bad = await settle(
        api.post(url, { csv: "email,amount\nmaria.rossi@example.org,120\nnessuno@example.org,10\n", dry_run: true, idempotency_key: "import-key-2" }, english(operator))
      )
      expect(bad.status).toBe(400)
      expect(bad.data.rows[1].issues.map((i: any) => i.message)).toEqual(["Citizen not found."])
      expect(await service.listVouchers({ scheme_id: data.voucher_scheme.id })).toHaveLength(0)

      // The real import, with the same key the preview carried: written once.
      const imported = await api.post(url, { csv: good, idempotency_key: "import-key-1" }, operator)
      expect(imported.status).toBe(201)
      expect(imported.data.count).toBe(2)
      expect(await service.listVouchers({ scheme_id: data.voucher_scheme.id })).toHaveLength(2)
    })

    it("lists vouchers with their citizen's name and the ledger with the operator's name, under the row lock for status", async () => {
      const { data } = await api.post("/admin/voucher-schemes", scheme(), operator)
      const { data: assigned } = await api.post(
        `/admin/voucher-schemes/${data.voucher_scheme.id}/vouchers`,
        { customer_id: maria.id, amount: 200, idempotency_key: "assign-names-1" },
        operator
      )
      const voucherId = assigned.voucher_ids[0]
      await api.post(`/admin/vouchers/${voucherId}/adjustments`, { amount: -20, reason: "Ore non erogate", idempotency_key: "adjust-names-1" }, operator)

      const { data: list } = await api.get(`/admin/vouchers?scheme_id=${data.voucher_scheme.id}`, operator)
      expect(list.vouchers[0].citizen).toEqual({ id: maria.id, name: "Maria Rossi", email: "maria.rossi@example.org", codice_fiscale: cfMaria })

      const { data: ledger } = await api.get(`/admin/vouchers/${voucherId}/ledger`, operator)
      expect(ledger.voucher.citizen.name).toBe("Maria Rossi")
      expect(ledger.entries.map((e: any) => [e.kind, e.amount])).toEqual([["grant", 200], ["adjustment", -20]])
      const adjustment = ledger.entries[1]
      expect(adjustment.reason).toBe("Ore non erogate")
      expect(adjustment.actor).toEqual(expect.objectContaining({ name: "Lucia Ferrari", email: expect.stringMatching(/@example\.org$/) }))
      expect(JSON.stringify(ledger)).not.toMatch(/"actor_id"|idempotency_key/)

      // Suspend and reinstate run under the voucher's row lock: many at once leave one consistent status.
      const all = await Promise.all(
        Array.from({ length: 6 }, (_, i) => settle(api.post(`/admin/vouchers/${voucherId}/${i % 2 ? "reinstate" : "suspend"}`, {}, operator)))
      )
      expect(all.every((r) => r.status === 200)).toBe(true)
      await api.post(`/admin/vouchers/${voucherId}/suspend`, {}, operator)
      expect((await api.get(`/admin/vouchers/${voucherId}/ledger`, operator)).data.voucher.status).toBe("suspended")
      const { data: reinstated } = await api.post(`/admin/vouchers/${voucherId}/reinstate`, {}, operator)
      expect(reinstated.voucher.status).toBe("active")
      const missing = await settle(api.post(`/admin/vouchers/vou_missing/suspend`, {}, english(operator)))
      expect(missing.status).toBe(404)
      expect(missing.data.message).toBe("Voucher not found.")
    })
  },
})
