import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refundCanceledOrderVouchersWorkflow } from "../workflows/refunds/refund-canceled-order-vouchers"

/** A canceled order gives its voucher value back to the vouchers that paid it. */
export default async function orderCanceledRefundVouchers({ event, container }: SubscriberArgs<{ id: string }>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { result } = await refundCanceledOrderVouchersWorkflow(container).run({ input: { order_id: event.data.id } })
  if (result.length) {
    logger.info(`Order ${event.data.id} canceled: ${result.length} voucher refund(s)`)
  }
}

export const config: SubscriberConfig = {
  event: "order.canceled",
}
