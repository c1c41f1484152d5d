import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { VOUCHER_EVENTS } from "@tradatewelfare/municipal-voucher/types"
import { STOREFRONT_PATHS, storefrontLink } from "../lib/links"
import { ORDER_FIELDS, OrderRow, orderLocale, vouchersByIds } from "../lib/readers"
import { sendEmail } from "../lib/send-email"
import { EMAIL_TEMPLATES } from "../lib/templates"

type RefundEvent = {
  order_id: string
  /** a line refund's client key; absent for a canceled order (refunded once per order) */
  idempotency_key?: string
  item_id?: string
  vouchers: { voucher_id: string; amount: number }[]
  card?: { payment_id: string; amount: number } | null
}

/** Tells the citizen what a refund gave back: to which voucher, and to the card. */
export default async function voucherRefunded({ event, container }: SubscriberArgs<RefundEvent>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: event.data.order_id } })
  const order = data[0] as OrderRow | undefined
  if (!order?.email) {
    return
  }
  const canceled = event.name === VOUCHER_EVENTS.CANCELED_ORDER_REFUNDED
  const vouchers = await vouchersByIds(container, event.data.vouchers.map((v) => v.voucher_id))
  const schemeOf = new Map(vouchers.map((v) => [v.id, v.scheme.name]))
  const locale = orderLocale(order)
  await sendEmail(container, {
    to: order.email,
    template: EMAIL_TEMPLATES.VOUCHER_REFUNDED,
    locale,
    idempotency_key: canceled
      ? `order-canceled-refund:${order.id}`
      : `line-refund:${order.id}:${event.data.item_id}:${event.data.idempotency_key}`,
    resource_id: order.id,
    resource_type: "order",
    data: {
      first_name: order.customer?.first_name,
      display_id: order.display_id,
      currency_code: order.currency_code,
      cause: canceled ? "order_canceled" : "line_refund",
      vouchers: event.data.vouchers
        .filter((v) => Number(v.amount) > 0)
        .map((v) => ({ scheme: schemeOf.get(v.voucher_id) ?? "", amount: Number(v.amount) })),
      card_amount: Number(event.data.card?.amount ?? 0),
      order_url: storefrontLink(locale, STOREFRONT_PATHS.order(order.id)),
    },
  })
}

export const config: SubscriberConfig = {
  event: [VOUCHER_EVENTS.LINE_REFUNDED, VOUCHER_EVENTS.CANCELED_ORDER_REFUNDED],
}
