import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { captureOrderVouchersWorkflow } from "../workflows/checkout/settle-cart-holds"

/**
 * The completion hook captures the order's vouchers; this catches an order whose capture
 * did not happen there (a crash between the two), at once rather than at the next reconciliation.
 */
export default async function orderPlacedCaptureVouchers({ event, container }: SubscriberArgs<{ id: string }>) {
  await captureOrderVouchersWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: "order.placed",
}
