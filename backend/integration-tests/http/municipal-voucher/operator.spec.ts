import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { refundCanceledOrderVouchersWorkflow } from "@tradatewelfare/municipal-voucher/workflows"
import { createOperator, Headers } from "../../helpers/actors"
import {
  CARD_PROVIDER,
  Citizen,
  createCart,
  createShop,
  DAY,
  schemeBody,
  settle,
  Shop,
  twoResidents,
  voucherService,
  voucherState,
} from "./fixtures"

jest.setTimeout(120000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Shop
    let operator: Headers
    let maria: Citizen
    let giuseppe: Citizen

    const scheme = schemeBody

    beforeEach(async () => {
      const container = getContainer()
      shop = await createShop(container)
      operator = await createOperator(api, container)
      const residents = await twoResidents(api, container, shop)
      maria = residents.maria
      giuseppe = residents.giuseppe
    })

    it("creates, lists, edits and closes schemes, refusing a window that ends before it starts", async () => {
      const backwards = await settle(
        api.post("/admin/voucher-schemes", scheme({ ends_at: new Date(Date.now() - 2 * DAY).toISOString() }), operator)
      )
      expect(backwards.status).toBe(400)
      expect(backwards.data.message).toBe("La data di fine della misura deve essere successiva alla data di inizio.")
      expect((await settle(api.post("/admin/voucher-schemes", scheme({ care_areas: ["nope"] }), operator))).status).toBe(400)
      expect((await settle(api.post("/admin/voucher-schemes", scheme({ max_per_citizen: "tanto" }), operator))).status).toBe(400)
      expect((await settle(api.post("/admin/voucher-schemes", scheme({ max_per_citizen: -5 }), operator))).status).toBe(400)
      expect((await api.get("/admin/voucher-schemes", operator)).data.voucher_schemes).toHaveLength(0)

      const { data: created } = await api.post("/admin/voucher-schemes", scheme(), operator)
      const id = created.voucher_scheme.id
      const { data: edited } = await api.post(`/admin/voucher-schemes/${id}`, { name: "Voucher SilverCare 2026" }, operator)
      expect(edited.voucher_scheme.name).toBe("Voucher SilverCare 2026")
      const badEdit = await settle(
        api.post(`/admin/voucher-schemes/${id}`, { ends_at: new Date(Date.now() - 2 * DAY).toISOString() }, operator)
      )
      expect(badEdit.status).toBe(400)

      await api.post(`/admin/voucher-schemes/${id}/close`, {}, operator)
      const { data: list } = await api.get("/admin/voucher-schemes?status=closed", operator)
      expect(list.voucher_schemes).toEqual([expect.objectContaining({ id, status: "closed", name: "Voucher SilverCare 2026" })])

      const afterClose = await settle(
        api.post(`/admin/voucher-schemes/${id}/vouchers`, { customer_id: maria.id, amount: 50, idempotency_key: "assign-closed" }, operator)
      )
      expect(afterClose.data.message).toBe("La misura voucher è chiusa: non si possono assegnare altri voucher.")
    })

    it("assigns to one citizen, refusing non-residents and bad amounts; suspends, reinstates and adjusts", async () => {
      const { data } = await api.post("/admin/voucher-schemes", scheme(), operator)
      const url = `/admin/voucher-schemes/${data.voucher_scheme.id}/vouchers`

      // The client sends one key per form submission; none is a bad request.
      expect((await settle(api.post(url, { customer_id: maria.id, amount: 50 }, operator))).status).toBe(400)
      const key = (n: number) => ({ idempotency_key: `assign-test-${n}` })
      const notResident = await settle(api.post(url, { customer_id: giuseppe.id, amount: 50, ...key(1) }, operator))
      expect(notResident.data.message).toBe("Il cittadino non risiede in un comune che finanzia questa misura.")
      expect((await settle(api.post(url, { customer_id: maria.id, amount: -50, ...key(2) }, operator))).data.message).toBe(
        "L'importo deve essere un numero positivo con al massimo due decimali, fino a 100.000 €."
      )
      expect((await settle(api.post(url, { customer_id: maria.id, amount: "50", ...key(3) }, operator))).status).toBe(400)
      expect((await settle(api.post(url, { customer_id: maria.id, amount: 500, ...key(4) }, operator))).status).toBe(400)
      expect((await settle(api.post(url, { customer_id: maria.id, amount: 100_000.01, ...key(5) }, operator))).status).toBe(400)

      const { data: assigned } = await api.post(url, { customer_id: maria.id, amount: 200, ...key(6) }, operator)
      // The same key again is a replay; with another amount it is a conflict, in the operator's language.
      expect((await api.post(url, { customer_id: maria.id, amount: 200, ...key(6) }, operator)).data.voucher_ids).toEqual(
        assigned.voucher_ids
      )
      const conflict = await settle(api.post(url, { customer_id: maria.id, amount: 150, ...key(6) }, operator))
      expect(conflict.status).toBe(409)
      expect(conflict.data.message).toMatch(/già stata registrata con dati diversi/)
      const voucherId = assigned.voucher_ids[0]

      await api.post(`/admin/vouchers/${voucherId}/suspend`, {}, operator)
      expect((await api.get(`/admin/vouchers/${voucherId}`, operator)).data.voucher.status).toBe("suspended")
      await api.post(`/admin/vouchers/${voucherId}/reinstate`, {}, operator)

      const adjust = (body: Record<string, unknown>) => settle(api.post(`/admin/vouchers/${voucherId}/adjustments`, body, operator))
      expect((await adjust({ amount: -20, idempotency_key: "adjust-1" })).status).toBe(400)
      expect((await adjust({ amount: -20, reason: "Ore non erogate" })).status).toBe(400)
      expect((await adjust({ amount: -500, reason: "Errore", idempotency_key: "adjust-2" })).data.message).toBe(
        "Il saldo del voucher non è sufficiente."
      )
      await adjust({ amount: -20, reason: "Ore non erogate", idempotency_key: "adjust-3" })
      await adjust({ amount: -20, reason: "Ore non erogate", idempotency_key: "adjust-3" })
      const reused = await adjust({ amount: -30, reason: "Ore non erogate", idempotency_key: "adjust-3" })
      expect(reused.status).toBe(409)

      const { data: detail } = await api.get(`/admin/vouchers/${voucherId}`, operator)
      expect(detail.voucher).toMatchObject({ status: "active", balance: 180, amount_granted: 200 })
      const adjustment = detail.voucher.entries.find((e: { kind: string }) => e.kind === "adjustment")
      expect(adjustment).toMatchObject({ amount: -20, reason: "Ore non erogate" })
      expect(adjustment.actor_id).toMatch(/^user_/)

      const { data: wallet } = await api.get(`/admin/vouchers?customer_id=${maria.id}`, operator)
      expect(wallet.vouchers).toHaveLength(1)
      // The read-only link: a customer's vouchers through Query (the generated types do not know it).
      const customerEntity: string = "customer"
      const { data: linked } = await getContainer()
        .resolve("query")
        .graph({ entity: customerEntity, fields: ["id", "vouchers.id"], filters: { id: maria.id } })
      expect(linked[0].vouchers).toEqual([expect.objectContaining({ id: voucherId })])
    })

    it("imports a CSV all or nothing, with a row-by-row report", async () => {
      const { data } = await api.post("/admin/voucher-schemes", scheme(), operator)
      const url = `/admin/voucher-schemes/${data.voucher_scheme.id}/vouchers/import`
      const bad = ["email;amount", "maria.rossi@example.org;150", "giuseppe.bianchi@example.org;100", "nessuno@example.org;abc"].join("\n")

      const malformed = await settle(api.post(url, { csv: 'email;amount\nmaria.rossi@example.org;"150\n', idempotency_key: "import-bad" }, operator))
      expect(malformed.status).toBe(400)
      expect(malformed.data.message).toMatch(/non è leggibile alla riga \d+/)

      const report = await settle(api.post(url, { csv: bad, idempotency_key: "import-2026-00" }, operator))
      expect(report.status).toBe(400)
      expect(report.data.message).toBe("Il file CSV contiene errori: nessun voucher è stato assegnato.")
      expect(report.data.rows.map((r: { row: number; issues: { code: string }[] }) => [r.row, r.issues.map((i) => i.code)])).toEqual([
        [2, []],
        [3, ["citizen_not_resident"]],
        [4, ["customer_not_found", "amount_invalid"]],
      ])
      expect(await voucherService(getContainer()).listVouchers({})).toHaveLength(0)

      const good = ["email,amount,valid_until", "maria.rossi@example.org,150,", `maria.rossi@example.org,100.50,`].join("\n")
      const { data: imported } = await api.post(url, { csv: good, idempotency_key: "import-2026-01" }, operator)
      expect(imported.count).toBe(2)
      // Sent again, the file would take Maria over the scheme's maximum: refused, nothing added.
      const again = await settle(api.post(url, { csv: good, idempotency_key: "import-2026-01" }, operator))
      expect(again.data.rows[0].issues.map((i: { code: string }) => i.code)).toEqual(["max_per_citizen_exceeded"])
      expect(await voucherService(getContainer()).listVouchers({})).toHaveLength(2)
    })

    it("refunds an order line to what paid for it, once per idempotency key", async () => {
      const container = getContainer()
      const { data } = await api.post("/admin/voucher-schemes", scheme(), operator)
      const { data: assigned } = await api.post(
        `/admin/voucher-schemes/${data.voucher_scheme.id}/vouchers`,
        { customer_id: maria.id, amount: 100, idempotency_key: "assign-maria-100" },
        operator
      )
      const voucherId = assigned.voucher_ids[0]
      const cartId = await createCart(api, shop, maria, [shop.eligibleVariant, shop.ineligibleVariant])
      await api.post(`/store/carts/${cartId}/vouchers`, { voucher_id: voucherId }, { headers: maria.headers })
      const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, { headers: maria.headers })
      await api.post(
        `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
        { provider_id: CARD_PROVIDER },
        { headers: maria.headers }
      )
      const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, { headers: maria.headers })
      const orderId = completed.order.id

      const { data: paid } = await api.get(`/admin/orders/${orderId}/voucher-payments`, operator)
      expect(paid.voucher_credit_lines).toEqual([expect.objectContaining({ reference_id: voucherId, amount: 40 })])
      const card = paid.payments[0].payments[0]
      await api.post(`/admin/payments/${card.id}/capture`, {}, operator)

      const { data: order } = await api.get(`/admin/orders/${orderId}?fields=items.id,items.title`, operator)
      const line = (title: string) => order.order.items.find((i: { title: string }) => i.title === title).id
      const refund = (body: Record<string, unknown>) => settle(api.post(`/admin/orders/${orderId}/voucher-refunds`, body, operator))

      const voucherLine = { item_id: line("assistenza-domiciliare"), amount: 40, idempotency_key: "refund-line-1" }
      expect((await refund(voucherLine)).data.refund.vouchers).toEqual([{ voucher_id: voucherId, amount: 40 }])
      expect((await refund(voucherLine)).data.refund.replayed).toBe(true)
      expect(await voucherState(container, voucherId)).toMatchObject({ balance: 100, sum: 100 })

      const cardLine = { item_id: line("corso-di-inglese"), amount: 30, idempotency_key: "refund-line-2" }
      expect((await refund(cardLine)).data.refund.card).toMatchObject({ payment_id: card.id, amount: 30 })
      await refund(cardLine)
      const { data: payment } = await api.get(`/admin/orders/${orderId}?fields=*payment_collections.payments.refunds`, operator)
      expect(payment.order.payment_collections[0].payments[0].refunds).toHaveLength(1)

      const tooMuch = await refund({ ...voucherLine, idempotency_key: "refund-line-3", amount: 1 })
      expect(tooMuch.data.message).toBe("Il rimborso supera quanto resta da rimborsare per questa riga.")
      expect((await refund({ ...voucherLine, amount: -1, idempotency_key: "refund-line-4" })).status).toBe(400)
      expect(await voucherState(container, voucherId)).toMatchObject({ balance: 100, sum: 100 })
    })

    it("gives the voucher value back when the order is canceled, once", async () => {
      const container = getContainer()
      const { data } = await api.post("/admin/voucher-schemes", scheme(), operator)
      const { data: assigned } = await api.post(
        `/admin/voucher-schemes/${data.voucher_scheme.id}/vouchers`,
        { customer_id: maria.id, amount: 100, idempotency_key: "assign-maria-100" },
        operator
      )
      const voucherId = assigned.voucher_ids[0]
      const cartId = await createCart(api, shop, maria, [shop.eligibleVariant])
      await api.post(`/store/carts/${cartId}/vouchers`, { voucher_id: voucherId }, { headers: maria.headers })
      const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, { headers: maria.headers })
      expect(await voucherState(container, voucherId)).toMatchObject({ balance: 60 })

      await api.post(`/admin/orders/${completed.order.id}/cancel`, {}, operator)
      let state = await voucherState(container, voucherId)
      for (let i = 0; i < 50 && state.balance !== 100; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100))
        state = await voucherState(container, voucherId)
      }
      expect(state).toMatchObject({ balance: 100, sum: 100, kinds: ["capture", "grant", "hold", "refund"] })

      // The event delivered again refunds nothing more.
      await refundCanceledOrderVouchersWorkflow(container).run({ input: { order_id: completed.order.id } })
      expect(await voucherState(container, voucherId)).toMatchObject({ balance: 100, sum: 100 })
    })
  },
})
