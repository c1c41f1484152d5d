import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { reconcileVoucherHoldsWorkflow } from "@tradatewelfare/municipal-voucher/workflows"
import {
  ACTION_CARD_PROVIDER,
  CARD_PROVIDER,
  cartWithVoucher as cartWithVoucherFixture,
  Citizen,
  createCart,
  createCitizen,
  createShop,
  eventually,
  grantVoucher,
  ordersOfCart,
  settle,
  Shop,
  startCardPayment,
  voucherService,
  voucherState,
} from "./fixtures"

/** Medusa 2.21 processes a payment webhook 5 s after it arrives (not configurable). */
const WEBHOOK_DELAY_MS = 5000

jest.setTimeout(180000)

/**
 * Carts complete through Medusa's own completion, whatever starts it: the store route, or a
 * card provider's webhook after the customer's action (3-D Secure). The voucher is held in
 * the application's completion hook and captured once the order exists, exactly once.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Shop
    let maria: Citizen

    beforeEach(async () => {
      shop = await createShop(getContainer())
      maria = await createCitizen(api, shop, "maria.rossi@example.org")
    })

    const cartWithVoucher = () => cartWithVoucherFixture(api, getContainer(), shop, maria)

    const captures = async (voucherId: string) =>
      (await voucherService(getContainer()).listVoucherLedgerEntries({ voucher_id: voucherId, kind: "capture" })).length

    it("a card that needs the customer's action: the webhook completes the cart and the voucher moves once", async () => {
      const { voucherId, cartId } = await cartWithVoucher()
      const card = await startCardPayment(api, getContainer(), maria, cartId, ACTION_CARD_PROVIDER)
      expect(card.amount).toBe(30)

      // The storefront's completion comes back without an order: the customer must act first.
      const first = await settle(api.post(`/store/carts/${cartId}/complete`, {}, { headers: maria.headers }))
      expect(first.data.type).not.toBe("order")
      expect(await ordersOfCart(getContainer(), cartId)).toHaveLength(0)
      // Nothing stays held for a completion that did not happen.
      expect(await voucherState(getContainer(), voucherId)).toMatchObject({ balance: 100, sum: 100 })

      const hook = await api.post(`/hooks/payment/requires-action_test`, { ...card })
      expect(hook.status).toBe(200)

      await eventually(async () => (await ordersOfCart(getContainer(), cartId)).length === 1)
      await eventually(async () => (await captures(voucherId)) === 1)
      const state = await voucherState(getContainer(), voucherId)
      expect(state).toMatchObject({ balance: 60, sum: 60 })
      expect(state.kinds.filter((k) => k === "capture")).toHaveLength(1)

      // A second notification of the same payment changes nothing.
      await api.post(`/hooks/payment/requires-action_test`, { ...card })
      await new Promise((resolve) => setTimeout(resolve, WEBHOOK_DELAY_MS + 1500))
      expect(await ordersOfCart(getContainer(), cartId)).toHaveLength(1)
      expect(await voucherState(getContainer(), voucherId)).toMatchObject({ balance: 60, sum: 60 })
      expect(await captures(voucherId)).toBe(1)
    })

    it("a card declined after the voucher was held gives the hold back", async () => {
      const { voucherId, cartId } = await cartWithVoucher()
      await startCardPayment(api, getContainer(), maria, cartId, ACTION_CARD_PROVIDER, { outcome: "decline" })

      const response = await settle(api.post(`/store/carts/${cartId}/complete`, {}, { headers: maria.headers }))
      expect(response.data.type).not.toBe("order")
      expect(await ordersOfCart(getContainer(), cartId)).toHaveLength(0)
      const state = await voucherState(getContainer(), voucherId)
      expect(state).toMatchObject({ balance: 100, sum: 100, status: "active" })
      expect(state.kinds).toEqual(["grant", "hold", "release"])
    })

    it("the store route and the webhook racing for one cart make one order and one capture", async () => {
      const { voucherId, cartId } = await cartWithVoucher()
      const card = await startCardPayment(api, getContainer(), maria, cartId, ACTION_CARD_PROVIDER)
      // The customer has confirmed; the provider's notification and the storefront now race.
      await api.post(`/hooks/payment/requires-action_test`, { ...card, confirm_only: true })
      await new Promise((resolve) => setTimeout(resolve, WEBHOOK_DELAY_MS + 1000))

      const [store] = await Promise.all([
        settle(api.post(`/store/carts/${cartId}/complete`, {}, { headers: maria.headers })),
        api.post(`/hooks/payment/requires-action_test`, { ...card }),
        settle(api.post(`/store/carts/${cartId}/complete`, {}, { headers: maria.headers })),
      ])
      expect(store.status).toBe(200)

      await eventually(async () => (await captures(voucherId)) >= 1)
      // Let the webhook's completion run too.
      await new Promise((resolve) => setTimeout(resolve, WEBHOOK_DELAY_MS + 1500))
      expect(await ordersOfCart(getContainer(), cartId)).toHaveLength(1)
      expect(await captures(voucherId)).toBe(1)
      expect(await voucherState(getContainer(), voucherId)).toMatchObject({ balance: 60, sum: 60 })
    })

    it("a completion retried after its order exists holds nothing new", async () => {
      const voucherId = await grantVoucher(getContainer(), maria.id, 100)
      const cartId = await createCart(api, shop, maria, [shop.eligibleVariant])
      await api.post(`/store/carts/${cartId}/vouchers`, { voucher_id: voucherId }, { headers: maria.headers })

      const first = await api.post(`/store/carts/${cartId}/complete`, {}, { headers: maria.headers })
      expect(first.data.type).toBe("order")
      const again = await api.post(`/store/carts/${cartId}/complete`, {}, { headers: maria.headers })
      expect(again.data.order.id).toBe(first.data.order.id)

      await eventually(async () => (await captures(voucherId)) === 1)
      const state = await voucherState(getContainer(), voucherId)
      expect(state).toMatchObject({ balance: 60, sum: 60 })
      expect(state.kinds).toEqual(["capture", "grant", "hold"])
    })

    it("the reconciliation captures a hold whose cart became an order and releases one left without", async () => {
      const container = getContainer()
      const service = voucherService(container)
      const voucherId = await grantVoucher(container, maria.id, 100)

      // A crash after the hook held and before anything else: a hold, no order.
      const abandoned = await createCart(api, shop, maria, [shop.eligibleVariant])
      await service.holdForReference({ voucher_id: voucherId, amount: 40, reference: abandoned })
      // A crash between the order and its capture: the order exists, the hold stands.
      const ordered = await createCart(api, shop, maria, [shop.ineligibleVariant])
      await startCardPayment(api, container, maria, ordered, CARD_PROVIDER)
      const { data: completed } = await api.post(`/store/carts/${ordered}/complete`, {}, { headers: maria.headers })
      await service.holdForReference({ voucher_id: voucherId, amount: 10, reference: ordered })
      expect(await voucherState(container, voucherId)).toMatchObject({ balance: 50, sum: 50 })

      // Not yet past the timeout: the order's hold is captured, the other left alone.
      const early = await reconcileVoucherHoldsWorkflow(container).run({ input: { timeout_minutes: 30, capture_after_minutes: 0 } })
      expect(early.result).toEqual({ captured: [ordered], released: [] })
      const [capture] = await service.listVoucherLedgerEntries({ voucher_id: voucherId, kind: "capture" })
      expect(capture.metadata).toMatchObject({ order_id: completed.order.id })

      const late = await reconcileVoucherHoldsWorkflow(container).run({ input: { timeout_minutes: 0, capture_after_minutes: 0 } })
      expect(late.result).toEqual({ captured: [], released: [abandoned] })
      expect(await voucherState(container, voucherId)).toMatchObject({ balance: 90, sum: 90 })
      expect(await service.listOutstandingHolds(abandoned)).toEqual([])

      // Run again: nothing left to do.
      const again = await reconcileVoucherHoldsWorkflow(container).run({ input: { timeout_minutes: 0, capture_after_minutes: 0 } })
      expect(again.result).toEqual({ captured: [], released: [] })
    })

    it("a scheme closed after the voucher was applied stops the completion, holding nothing", async () => {
      const { voucherId, cartId } = await cartWithVoucher()
      await startCardPayment(api, getContainer(), maria, cartId, CARD_PROVIDER)
      const [voucher] = await voucherService(getContainer()).listVouchers({ id: voucherId })
      await voucherService(getContainer()).updateVoucherSchemes({ id: voucher.scheme_id, status: "closed" })

      const refused = await settle(api.post(`/store/carts/${cartId}/complete`, {}, { headers: maria.headers }))
      expect(refused.status).toBe(400)
      expect(refused.data.message).toBe("La misura di questo voucher è chiusa: il voucher non può più essere speso.")
      expect(await ordersOfCart(getContainer(), cartId)).toHaveLength(0)
      expect(await voucherState(getContainer(), voucherId)).toMatchObject({ balance: 100, kinds: ["grant"] })
    })
  },
})
