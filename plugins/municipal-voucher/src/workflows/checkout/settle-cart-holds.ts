import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { captureCartVouchers, reconcileCartHolds, ReconcileOptions } from "./cart-holds"
import { VOUCHER_CREDIT_LINE_REFERENCE } from "./voucher-cart"

const captureOrderVouchersStep = createStep("capture-order-vouchers", async (input: { order_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order_cart", fields: ["cart_id"], filters: { order_id: input.order_id } })
  const cartId = (data[0] as { cart_id?: string } | undefined)?.cart_id
  return new StepResponse(cartId ? await captureCartVouchers(container, { cart_id: cartId, order_id: input.order_id }) : [])
})

type OrderPayments = { id: string; currency_code: string; total: unknown; payment_collections?: { id: string }[] | null }

/**
 * An order that vouchers paid in full has nothing left for a card, so Medusa created no
 * payment collection and lists it as "not paid". A collection of 0 is how Medusa records
 * "nothing to collect": linked to the order, the admin shows it as paid.
 */
const recordVoucherPaidOrderStep = createStep("record-voucher-paid-order", async (input: { order_id: string }, { container }) => {
  // The subscriber and a script may both run this for one order: one at a time.
  const locking = container.resolve(Modules.LOCKING)
  return locking.execute(`voucher-paid-order:${input.order_id}`, () => recordVoucherPaidOrder(container, input.order_id))
})

async function recordVoucherPaidOrder(container: MedusaContainer, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "currency_code", "total", "credit_lines.reference", "payment_collections.id"],
    filters: { id: orderId },
  })
  const order = data[0] as (OrderPayments & { credit_lines?: { reference: string | null }[] }) | undefined
  const paidByVoucher = order?.credit_lines?.some((line) => line.reference === VOUCHER_CREDIT_LINE_REFERENCE)
  if (!order || !paidByVoucher || order.payment_collections?.length || Number(order.total) !== 0) {
    return new StepResponse(null)
  }
  const payments = container.resolve(Modules.PAYMENT)
  const [collection] = await payments.createPaymentCollections([{ currency_code: order.currency_code, amount: 0 }])
  await container.resolve(ContainerRegistrationKeys.LINK).create({
    [Modules.ORDER]: { order_id: order.id },
    [Modules.PAYMENT]: { payment_collection_id: collection.id },
  })
  return new StepResponse(collection.id)
}

/**
 * Captures the vouchers held for an order's cart (nothing when already done) and records a
 * fully voucher-paid order as paid.
 */
export const captureOrderVouchersWorkflow = createWorkflow("capture-order-vouchers", (input: { order_id: string }) => {
  const captured = captureOrderVouchersStep(input)
  recordVoucherPaidOrderStep(input)
  return new WorkflowResponse(captured)
})

/** How long a cart's voucher hold may stand with no order before it is given back. */
export const holdTimeoutMinutes = () => Number(process.env.VOUCHER_HOLD_TIMEOUT_MINUTES) || 30

const reconcileVoucherHoldsStep = createStep("reconcile-voucher-holds", async (input: ReconcileOptions, { container }) =>
  new StepResponse(await reconcileCartHolds(container, input))
)

/** Captures holds whose cart became an order; releases holds older than the timeout with none. */
export const reconcileVoucherHoldsWorkflow = createWorkflow(
  "reconcile-voucher-holds",
  (input: ReconcileOptions) => new WorkflowResponse(reconcileVoucherHoldsStep(input))
)
