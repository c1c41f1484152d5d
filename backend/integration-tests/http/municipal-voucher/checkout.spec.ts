import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createOperator } from "../../helpers/actors"
import {
  CARD_PROVIDER,
  cartWithVoucher,
  Citizen,
  createCart,
  createCitizen,
  createShop,
  eventually,
  grantVoucher,
  settle,
  settledState,
  Shop,
  voucherState,
} from "./fixtures"

jest.setTimeout(120000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Shop
    let maria: Citizen

    beforeEach(async () => {
      shop = await createShop(getContainer())
      maria = await createCitizen(api, shop, "maria.rossi@example.org")
    })

    it("pays the eligible line by voucher and the rest by card, and the order shows both", async () => {
      const voucherId = await grantVoucher(getContainer(), maria.id, 100)
      const cartId = await createCart(api, shop, maria, [shop.eligibleVariant, shop.ineligibleVariant])

      const applied = await api.post(`/store/carts/${cartId}/vouchers`, { voucher_id: voucherId }, { headers: maria.headers })
      expect(applied.data.cover.amount).toBe(40)
      expect(applied.data.cover.lines.filter((l: { eligible: boolean }) => l.eligible)).toHaveLength(1)
      expect(applied.data.split).toMatchObject({ voucher_total: 40, card_total: 30 })

      const { data: cartData } = await api.get(`/store/carts/${cartId}`, { headers: maria.headers })
      const { data: collection } = await api.post(
        "/store/payment-collections",
        { cart_id: cartId },
        { headers: maria.headers }
      )
      expect(collection.payment_collection.amount).toBe(30)
      expect(cartData.cart.total).toBe(30)
      await api.post(
        `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
        { provider_id: CARD_PROVIDER },
        { headers: maria.headers }
      )

      const completed = await api.post(`/store/carts/${cartId}/complete`, {}, { headers: maria.headers })
      expect(completed.data.type).toBe("order")
      expect(await settledState(getContainer(), voucherId)).toMatchObject({
        balance: 60,
        sum: 60,
        kinds: ["capture", "grant", "hold"],
      })

      const { data: orderData } = await api.get(
        `/store/orders/${completed.data.order.id}?fields=*credit_lines,*payment_collections.payments`,
        { headers: maria.headers }
      )
      expect(orderData.order.credit_lines).toEqual([
        expect.objectContaining({ reference: "municipal-voucher", reference_id: voucherId, amount: 40 }),
      ])
      expect(orderData.order.payment_collections[0].payments[0]).toMatchObject({ provider_id: CARD_PROVIDER, amount: 30 })

      const { data: wallet } = await api.get("/store/vouchers", { headers: maria.headers })
      expect(wallet.vouchers[0]).toMatchObject({ id: voucherId, balance: 60, status: "active" })
      expect(wallet.vouchers[0].entries).toHaveLength(3)
    })

    it("removes a voucher from the cart, and the card pays everything again", async () => {
      const { voucherId, cartId } = await cartWithVoucher(api, getContainer(), shop, maria)
      const removed = await api.delete(`/store/carts/${cartId}/vouchers/${voucherId}`, { headers: maria.headers })
      expect(removed.data.split).toMatchObject({ voucher_total: 0, card_total: 70 })
    })

    it("a voucher covering the whole cart completes with no card, and a second completion moves nothing", async () => {
      const voucherId = await grantVoucher(getContainer(), maria.id, 40)
      const cartId = await createCart(api, shop, maria, [shop.eligibleVariant])
      await api.post(`/store/carts/${cartId}/vouchers`, { voucher_id: voucherId }, { headers: maria.headers })

      const [first, second] = await Promise.all([
        settle(api.post(`/store/carts/${cartId}/complete`, {}, { headers: maria.headers })),
        settle(api.post(`/store/carts/${cartId}/complete`, {}, { headers: maria.headers })),
      ])
      const orders = [first, second].filter((r) => r.status === 200 && r.data.type === "order")
      expect(orders.length).toBeGreaterThanOrEqual(1)
      expect(new Set(orders.map((r) => r.data.order.id)).size).toBe(1)
      const again = await api.post(`/store/carts/${cartId}/complete`, {}, { headers: maria.headers })
      expect(again.data.order.id).toBe(orders[0].data.order.id)
      expect(await settledState(getContainer(), voucherId)).toMatchObject({
        balance: 0,
        sum: 0,
        status: "exhausted",
        kinds: ["capture", "grant", "hold"],
      })

      // In Medusa's own order list and page, the order paid by voucher reads as paid.
      const operator = await createOperator(api, getContainer())
      const orderId = orders[0].data.order.id
      const paymentStatus = async () =>
        (await api.get(`/admin/orders?id=${orderId}&fields=id,payment_status`, operator)).data.orders[0]?.payment_status
      await eventually(async () => (await paymentStatus()) === "captured")
      const { data } = await api.get(`/admin/orders/${orderId}?fields=payment_status,*payment_collections`, operator)
      expect(data.order.payment_status).toBe("captured")
      expect(data.order.payment_collections).toHaveLength(1)
    })

    it("holds nothing when completion is refused (no card for the rest)", async () => {
      const { voucherId, cartId } = await cartWithVoucher(api, getContainer(), shop, maria)

      const failed = await settle(api.post(`/store/carts/${cartId}/complete`, {}, { headers: maria.headers }))
      expect(failed.status).toBe(400)
      // Medusa refuses a cart with no payment for its rest before the hook that holds.
      // (A failure after the hold, a declined card, is in completion.spec.ts.)
      expect(await voucherState(getContainer(), voucherId)).toMatchObject({
        balance: 100,
        sum: 100,
        kinds: ["grant"],
      })
    })
  },
})
