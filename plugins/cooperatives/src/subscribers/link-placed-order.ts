import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { linkOrderToCooperativesWorkflow } from "../workflows/link-order-to-cooperatives"

/** Each placed order is linked to the cooperatives whose services it contains (idempotent). */
export default async function linkPlacedOrder({ event, container }: SubscriberArgs<{ id: string }>) {
  await linkOrderToCooperativesWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed" }
