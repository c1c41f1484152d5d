import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createOperator, Headers } from "../../helpers/actors"
import {
  ACTION_CARD_PROVIDER,
  CARD_PROVIDER,
  Citizen,
  createCart,
  createCitizen,
  createShop,
  grantVoucher,
  settle,
  settledState,
  Shop,
  startCardPayment,
  voucherState,
} from "./fixtures"

jest.setTimeout(180000)

/** Medusa 2.21 processes a payment webhook 5 s after it arrives. */
const WEBHOOK_DELAY_MS = 5000

/** Line refunds give value back where it came from, exactly once, also when the card part fails. */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Shop
    let maria: Citizen
    let operator: Headers

    beforeEach(async () => {
      shop = await createShop(getContainer())
      maria = await createCitizen(api, shop, "maria.rossi@example.org")
      operator = await createOperator(api, getContainer())
    })

    async function orderLines(orderId: string) {
      const { data } = await api.get(`/admin/orders/${orderId}?fields=items.id,items.title,*payment_collections.payments`, operator)
      return data.order
    }

    const refundLine = (orderId: string, body: Record<string, unknown>) =>
      settle(api.post(`/admin/orders/${orderId}/voucher-refunds`, body, operator))

    it("a card refund that fails leaves the voucher exactly as before, and the retry does the work", async () => {
      // 25 € voucher on a 40 € line: the line is paid 25 by voucher and 15 by card.
      const voucherId = await grantVoucher(getContainer(), maria.id, 25)
      const cartId = await createCart(api, shop, maria, [shop.eligibleVariant])
      await api.post(`/store/carts/${cartId}/vouchers`, { voucher_id: voucherId }, { headers: maria.headers })
      const card = await startCardPayment(api, getContainer(), maria, cartId, ACTION_CARD_PROVIDER, {
        outcome: "refund_fails_once",
      })
      await api.post(`/hooks/payment/requires-action_test`, { ...card, confirm_only: true })
      await new Promise((resolve) => setTimeout(resolve, WEBHOOK_DELAY_MS + 1000))
      const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, { headers: maria.headers })
      expect(completed.type).toBe("order")
      expect(await settledState(getContainer(), voucherId)).toMatchObject({ balance: 0, sum: 0 })

      const order = await orderLines(completed.order.id)
      const payment = order.payment_collections[0].payments[0]
      await api.post(`/admin/payments/${payment.id}/capture`, {}, operator)
      const body = { item_id: order.items[0].id, amount: 40, idempotency_key: "refund-fails-once", reason: "Servizio non erogato" }

      const failed = await refundLine(completed.order.id, body)
      expect(failed.status).toBeGreaterThanOrEqual(400)
      const afterFailure = await voucherState(getContainer(), voucherId)
      expect(afterFailure).toMatchObject({ balance: 0, sum: 0 })
      // The refund stays in the history, cancelled by a reversal: no adjustment, nothing counted as refunded.
      expect(afterFailure.kinds).toEqual(["capture", "grant", "hold", "refund", "reversal"])

      const retried = await refundLine(completed.order.id, body)
      expect(retried.status).toBe(200)
      expect(retried.data.refund).toMatchObject({
        replayed: false,
        vouchers: [{ voucher_id: voucherId, amount: 25 }],
        card: { payment_id: payment.id, amount: 15 },
      })
      expect(await voucherState(getContainer(), voucherId)).toMatchObject({ balance: 25, sum: 25 })

      // Once it has worked, the same key is a replay.
      const replay = await refundLine(completed.order.id, body)
      expect(replay.data.refund.replayed).toBe(true)
      expect(await voucherState(getContainer(), voucherId)).toMatchObject({ balance: 25, sum: 25 })
    })

    it("two lines of one service keep their own voucher shares", async () => {
      // 60 € voucher on two 40 € lines of the same service: 40 on the first, 20 on the second.
      const voucherId = await grantVoucher(getContainer(), maria.id, 60)
      const cartId = await createCart(api, shop, maria, [shop.eligibleVariant, shop.eligibleVariant])
      const applied = await api.post(`/store/carts/${cartId}/vouchers`, { voucher_id: voucherId }, { headers: maria.headers })
      const shares = applied.data.cover.lines.map((l: { voucher_amount: number }) => l.voucher_amount)
      expect(shares.sort()).toEqual([20, 40])
      await startCardPayment(api, getContainer(), maria, cartId, CARD_PROVIDER)
      const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, { headers: maria.headers })
      await settledState(getContainer(), voucherId)

      const order = await orderLines(completed.order.id)
      expect(order.items).toHaveLength(2)
      await api.post(`/admin/payments/${order.payment_collections[0].payments[0].id}/capture`, {}, operator)

      const refunds = []
      for (const [index, item] of order.items.entries()) {
        const { data } = await api.post(
          `/admin/orders/${completed.order.id}/voucher-refunds`,
          { item_id: item.id, amount: 40, idempotency_key: `same-variant-${index}`, reason: "Servizio non erogato" },
          operator
        )
        refunds.push(data.refund)
      }
      // Each line's voucher share goes back to the voucher, the rest to the card: 60 and 20 in all.
      const toVoucher = refunds.flatMap((r) => r.vouchers).reduce((sum, v) => sum + v.amount, 0)
      const toCard = refunds.reduce((sum, r) => sum + (r.card?.amount ?? 0), 0)
      expect([toVoucher, toCard]).toEqual([60, 20])
      expect(await voucherState(getContainer(), voucherId)).toMatchObject({ balance: 60, sum: 60 })
    })
  },
})
