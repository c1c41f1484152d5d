import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { captureCartVouchers, reconcileCartHolds, ReconcileOptions } from "./cart-holds"

const captureOrderVouchersStep = createStep("capture-order-vouchers", async (input: { order_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order_cart", fields: ["cart_id"], filters: { order_id: input.order_id } })
  const cartId = (data[0] as { cart_id?: string } | undefined)?.cart_id
  return new StepResponse(cartId ? await captureCartVouchers(container, { cart_id: cartId, order_id: input.order_id }) : [])
})

/** Captures the vouchers held for an order's cart; nothing when the completion already did. */
export const captureOrderVouchersWorkflow = createWorkflow(
  "capture-order-vouchers",
  (input: { order_id: string }) => new WorkflowResponse(captureOrderVouchersStep(input))
)

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
