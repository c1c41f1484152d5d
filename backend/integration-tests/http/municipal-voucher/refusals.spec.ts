import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { Citizen, createCart, createCitizen, createShop, grantVoucher, settle, Shop, VOUCHER_PROVIDER, voucherService, voucherState } from "./fixtures"

jest.setTimeout(120000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Shop
    let maria: Citizen
    let giuseppe: Citizen

    beforeEach(async () => {
      shop = await createShop(getContainer())
      maria = await createCitizen(api, shop, "maria.rossi@example.org")
      giuseppe = await createCitizen(api, shop, "giuseppe.bianchi@example.org")
    })

    const apply = (cartId: string, body: unknown, citizen: Citizen, language?: string) =>
      settle(
        api.post(`/store/carts/${cartId}/vouchers`, body, {
          headers: { ...citizen.headers, ...(language && { "accept-language": language }) },
        })
      )

    async function creditLines(cartId: string) {
      const cart = await getContainer().resolve(Modules.CART).retrieveCart(cartId, { relations: ["credit_lines"] })
      return cart.credit_lines ?? []
    }

    it("refuses someone else's voucher or cart, in Italian or English, and changes nothing", async () => {
      const voucherId = await grantVoucher(getContainer(), giuseppe.id, 100)
      const cartId = await createCart(api, shop, maria, [shop.eligibleVariant])

      const italian = await apply(cartId, { voucher_id: voucherId }, maria)
      expect(italian.status).toBe(400)
      expect(italian.data.message).toBe("Questo voucher non è intestato a te.")
      const english = await apply(cartId, { voucher_id: voucherId }, maria, "en-GB,en;q=0.9")
      expect(english.data.message).toBe("This voucher belongs to someone else.")

      const notHisCart = await apply(cartId, { voucher_id: voucherId }, giuseppe)
      expect(notHisCart.data.message).toBe("Questo carrello non è tuo.")
      expect((await settle(api.get(`/store/carts/${cartId}/vouchers`, { headers: giuseppe.headers }))).status).toBe(404)
      const { data: split } = await api.get(`/store/carts/${cartId}/vouchers`, { headers: maria.headers })
      expect(split.split).toMatchObject({ voucher_total: 0, card_total: 40, vouchers: [] })

      expect(await creditLines(cartId)).toHaveLength(0)
      expect(await voucherState(getContainer(), voucherId)).toMatchObject({ balance: 100, kinds: ["grant"] })
    })

    it("refuses an expired, a suspended and an empty voucher, and a cart of ineligible lines", async () => {
      const service = voucherService(getContainer())
      const voucherId = await grantVoucher(getContainer(), maria.id, 100)
      const cartId = await createCart(api, shop, maria, [shop.eligibleVariant])
      const ineligibleCart = await createCart(api, shop, maria, [shop.ineligibleVariant])

      const notEligible = await apply(ineligibleCart, { voucher_id: voucherId }, maria, "en")
      expect(notEligible.data.message).toBe("No service in the cart can be paid with this voucher.")

      await service.updateVouchers({ id: voucherId, status: "suspended" })
      expect((await apply(cartId, { voucher_id: voucherId }, maria)).data.message).toBe(
        "Il voucher è sospeso: rivolgiti all'Ufficio di Piano."
      )

      await service.updateVouchers({ id: voucherId, status: "active", valid_until: new Date(Date.now() - 60_000) })
      expect((await apply(cartId, { voucher_id: voucherId }, maria)).data.message).toBe(
        "Il voucher è scaduto e non può più essere usato."
      )

      await service.updateVouchers({ id: voucherId, valid_until: new Date(Date.now() + 86_400_000) })
      await service.adjustValue({ voucher_id: voucherId, amount: -100, reason: "Prova", actor_id: "user_test", idempotency_key: "adj:empty" })
      expect((await apply(cartId, { voucher_id: voucherId }, maria)).data.message).toBe(
        "Il saldo del voucher non è sufficiente."
      )

      expect(await creditLines(cartId)).toHaveLength(0)
      expect(await creditLines(ineligibleCart)).toHaveLength(0)
    })

    it("refuses bad bodies and anonymous callers", async () => {
      const cartId = await createCart(api, shop, maria, [shop.eligibleVariant])
      expect((await apply(cartId, { voucher_id: 42 }, maria)).status).toBe(400)
      expect((await apply(cartId, { voucher_id: "vou_1", amount: 10 }, maria)).status).toBe(400)
      expect((await apply(cartId, { voucher_id: "vou_missing" }, maria)).status).toBe(404)
      const anonymous = await settle(api.post(`/store/carts/${cartId}/vouchers`, { voucher_id: "vou_1" }, { headers: shop.headers }))
      expect(anonymous.status).toBe(401)
      expect((await settle(api.get("/store/vouchers", { headers: shop.headers }))).status).toBe(401)
    })

    it("the wallet shows only the citizen's own vouchers", async () => {
      const mine = await grantVoucher(getContainer(), maria.id, 100)
      await grantVoucher(getContainer(), giuseppe.id, 50)
      const { data } = await api.get("/store/vouchers", { headers: maria.headers })
      expect(data.vouchers.map((v: { id: string }) => v.id)).toEqual([mine])
      expect(data.vouchers[0]).toMatchObject({
        balance: 100,
        scheme: { name: "Voucher domiciliarità 2026", care_areas: ["silvercare", "familycare"] },
        entries: [expect.objectContaining({ kind: "grant", amount: 100 })],
      })
      // Operators' bookkeeping stays on the admin side.
      expect(Object.keys(data.vouchers[0].entries[0])).not.toEqual(
        expect.arrayContaining(["idempotency_key"])
      )
      expect(data.vouchers[0].entries[0].actor_id).toBeUndefined()
      expect(data.vouchers[0].customer_id).toBeUndefined()
    })

    it("recomputes the voucher's share whenever the cart changes, never leaving it stale", async () => {
      const voucherId = await grantVoucher(getContainer(), maria.id, 100)
      const cartId = await createCart(api, shop, maria, [shop.eligibleVariant, shop.ineligibleVariant])
      await api.post(`/store/carts/${cartId}/vouchers`, { voucher_id: voucherId }, { headers: maria.headers })
      const split = async () => (await api.get(`/store/carts/${cartId}/vouchers`, { headers: maria.headers })).data.split
      expect(await split()).toMatchObject({ voucher_total: 40, card_total: 30 })

      const { data } = await api.get(`/store/carts/${cartId}?fields=items.id,items.variant_id`, { headers: maria.headers })
      const eligible = data.cart.items.find((i: { variant_id: string }) => i.variant_id === shop.eligibleVariant)
      await api.post(`/store/carts/${cartId}/line-items/${eligible.id}`, { quantity: 2 }, { headers: maria.headers })
      expect(await split()).toMatchObject({ voucher_total: 80, card_total: 30 })

      // The eligible service removed: the voucher's share goes at once, never a negative amount due.
      await api.delete(`/store/carts/${cartId}/line-items/${eligible.id}`, { headers: maria.headers })
      expect(await split()).toMatchObject({ voucher_total: 0, card_total: 30, vouchers: [] })
      const { data: after } = await api.get(`/store/carts/${cartId}?fields=total,*credit_lines`, { headers: maria.headers })
      expect(after.cart.total).toBe(30)
      expect(after.cart.credit_lines).toHaveLength(0)
      expect(await voucherState(getContainer(), voucherId)).toMatchObject({ balance: 100, kinds: ["grant"] })
    })

    it("refuses a voucher payment session on a cart of ineligible lines, holding nothing", async () => {
      const voucherId = await grantVoucher(getContainer(), maria.id, 100)
      const cartId = await createCart(api, shop, maria, [shop.ineligibleVariant])
      const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, { headers: maria.headers })
      await api.post(
        `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
        { provider_id: VOUCHER_PROVIDER, data: { voucher_id: voucherId } },
        { headers: maria.headers }
      )
      const completed = await settle(api.post(`/store/carts/${cartId}/complete`, {}, { headers: maria.headers, }))
      expect(completed.status).toBe(400)
      expect(completed.data.message).toBe("Nessun servizio del carrello può essere pagato con questo voucher.")
      expect(await voucherState(getContainer(), voucherId)).toMatchObject({ balance: 100, kinds: ["grant"] })

      const someoneElses = await grantVoucher(getContainer(), giuseppe.id, 100)
      const refused = await settle(
        api.post(
          `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
          { provider_id: VOUCHER_PROVIDER, data: { voucher_id: someoneElses } },
          { headers: maria.headers }
        )
      )
      expect(refused.status).toBe(400)
      expect(refused.data.message).toBe("Questo voucher non è intestato a te.")
    })
  },
})
