import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { applyVoucherToCartWorkflow } from "@tradatewelfare/municipal-voucher/workflows"
import { createOperator } from "../../helpers/actors"
import {
  createCart,
  createCitizen,
  createShop,
  grantVoucher,
  orderPaidByVoucherSession,
  settle,
  settledState,
  VOUCHER_PROVIDER,
  voucherService,
  voucherState,
} from "./fixtures"

// 50 carts built and completed at once: minutes on a loaded 2-core machine.
jest.setTimeout(300000)

async function inBatches<T>(count: number, size: number, make: (i: number) => Promise<T>) {
  const results: T[] = []
  for (let start = 0; start < count; start += size) {
    const batch = Array.from({ length: Math.min(size, count - start) }, (_, i) => make(start + i))
    results.push(...(await Promise.all(batch)))
  }
  return results
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    it("50 checkouts of different carts racing for one voucher that covers one: exactly one succeeds", async () => {
      const container = getContainer()
      const shop = await createShop(container)
      const maria = await createCitizen(api, shop, "maria.rossi@example.org")
      const voucherId = await grantVoucher(container, maria.id, 40)

      const carts = await inBatches(50, 25, async () => {
        const cartId = await createCart(api, shop, maria, [shop.eligibleVariant])
        await applyVoucherToCartWorkflow(container).run({
          input: { cart_id: cartId, voucher_id: voucherId, customer_id: maria.id },
        })
        return cartId
      })

      const started = Date.now()
      const responses = await Promise.all(
        carts.map((cartId) => settle(api.post(`/store/carts/${cartId}/complete`, {}, { headers: maria.headers })))
      )
      const orders = responses.filter((r) => r.status === 200 && r.data.type === "order")
      const refusals = responses.filter((r) => r.status === 400)
      expect(orders).toHaveLength(1)
      expect(refusals).toHaveLength(49)
      expect(refusals[0].data.message).toBe("Il saldo del voucher non è sufficiente.")

      const state = await settledState(container, voucherId)
      expect(state).toMatchObject({ balance: 0, sum: 0, kinds: ["capture", "grant", "hold"] })
      const completed = await container.resolve(Modules.CART).listCarts({ id: carts })
      expect(completed.filter((c) => c.completed_at)).toHaveLength(1)
      console.info(`50 racing completions answered in ${Date.now() - started} ms`)
    })

    it("paying by voucher session: retried captures and refunds move value once", async () => {
      const container = getContainer()
      const shop = await createShop(container)
      const maria = await createCitizen(api, shop, "maria.rossi@example.org")
      const operator = await createOperator(api, container)
      const voucherId = await grantVoucher(container, maria.id, 100)
      const { orderId, payment } = await orderPaidByVoucherSession(api, shop, maria, voucherId, operator)
      expect(await voucherState(container, voucherId)).toMatchObject({ balance: 60, kinds: ["grant", "hold"] })
      expect(payment.provider_id).toBe(VOUCHER_PROVIDER)

      await Promise.all([
        settle(api.post(`/admin/payments/${payment.id}/capture`, {}, operator)),
        settle(api.post(`/admin/payments/${payment.id}/capture`, {}, operator)),
      ])
      await settle(api.post(`/admin/payments/${payment.id}/capture`, {}, operator))
      expect(await voucherState(container, voucherId)).toMatchObject({ balance: 60, sum: 60, kinds: ["capture", "grant", "hold"] })

      // Medusa's stock refund cannot tell which line a voucher paid: refused, with the way forward.
      const stock = await settle(api.post(`/admin/payments/${payment.id}/refund`, { amount: 15 }, operator))
      expect(stock.status).toBe(400)
      expect(stock.data.message).toMatch(/si rimborsano per riga/)
      expect(await voucherState(container, voucherId)).toMatchObject({ balance: 60, sum: 60 })

      // The line refund gives it back to the voucher through the provider, once per key.
      const { data: lines } = await api.get(`/admin/orders/${orderId}?fields=items.id`, operator)
      const refundLine = (amount: number, key: string) =>
        settle(
          api.post(
            `/admin/orders/${orderId}/voucher-refunds`,
            { item_id: lines.order.items[0].id, amount, idempotency_key: key, reason: "Servizio non erogato" },
            operator
          )
        )
      const [one, two] = await Promise.all([refundLine(15, "session-refund-1"), refundLine(15, "session-refund-1")])
      expect([one.status, two.status].filter((s) => s === 200).length).toBeGreaterThanOrEqual(1)
      const state = await voucherState(container, voucherId)
      expect(state).toMatchObject({ balance: 75, sum: 75, kinds: ["capture", "grant", "hold", "refund"] })

      const overRefund = await refundLine(30, "session-refund-2")
      expect(overRefund.status).toBe(400)
      expect(await voucherState(container, voucherId)).toMatchObject({ balance: 75, sum: 75 })
    })

    it("paying by voucher session: a partial capture captures only the amount asked", async () => {
      const container = getContainer()
      const shop = await createShop(container)
      const maria = await createCitizen(api, shop, "maria.rossi@example.org")
      const operator = await createOperator(api, container)
      const voucherId = await grantVoucher(container, maria.id, 100)
      const { payment } = await orderPaidByVoucherSession(api, shop, maria, voucherId, operator)
      const captured = async () => {
        const entries = await voucherService(container).listVoucherLedgerEntries({ voucher_id: voucherId, kind: "capture" })
        return entries.map((e: { metadata: Record<string, unknown> | null }) => Number(e.metadata?.captured)).sort((a: number, b: number) => a - b)
      }

      // 15 of the 40 held: the ledger captures 15 and keeps 25 on hold.
      const first = await settle(api.post(`/admin/payments/${payment.id}/capture`, { amount: 15 }, operator))
      expect(first.status).toBe(200)
      expect(await captured()).toEqual([15])
      expect(await voucherState(container, voucherId)).toMatchObject({ balance: 60, sum: 60 })

      // The rest, asked twice at once: Medusa accepts one, the ledger captures it once.
      const rest = await Promise.all([
        settle(api.post(`/admin/payments/${payment.id}/capture`, { amount: 25 }, operator)),
        settle(api.post(`/admin/payments/${payment.id}/capture`, { amount: 25 }, operator)),
      ])
      expect(rest.filter((r) => r.status === 200)).toHaveLength(1)
      expect(await captured()).toEqual([15, 25])
      expect(await voucherState(container, voucherId)).toMatchObject({ balance: 60, sum: 60 })
      const { data: after } = await api.get(`/admin/payments/${payment.id}`, operator)
      expect(after.payment.captured_at).toBeTruthy()
    })
  },
})
