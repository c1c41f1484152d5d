import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { VOUCHER_CREDIT_LINE_REFERENCE, VOUCHER_PROVIDER_ID } from "@tradatewelfare/municipal-voucher/types"
import { STOREFRONT_PATHS, storefrontLink } from "../lib/links"
import { ORDER_FIELDS, OrderRow, orderLocale } from "../lib/readers"
import { sendEmail } from "../lib/send-email"
import { EMAIL_TEMPLATES } from "../lib/templates"

type PlacedOrder = OrderRow & {
  items: { title: string; product_title?: string | null; quantity: number; total: number; product_id: string | null }[]
  credit_lines?: { amount: number; reference?: string | null }[] | null
  payment_collections?: { payments?: { amount: number; provider_id: string; canceled_at?: string | null }[] | null }[] | null
}

/** The order confirmation: what was bought, from which cooperative, and what vouchers and card paid. */
export default async function orderPlacedConfirmation({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      ...ORDER_FIELDS,
      "items.title",
      "items.product_title",
      "items.quantity",
      "items.total",
      "items.product_id",
      "credit_lines.amount",
      "credit_lines.reference",
      "payment_collections.payments.amount",
      "payment_collections.payments.provider_id",
      "payment_collections.payments.canceled_at",
    ],
    filters: { id: event.data.id },
  })
  const order = data[0] as PlacedOrder | undefined
  if (!order?.email) {
    return
  }

  // Which cooperative sells each service: the cooperatives plugin's link, read through Query.
  const productIds = [...new Set(order.items.map((i) => i.product_id).filter((id): id is string => !!id))]
  const { data: products } = productIds.length
    ? await query.graph({ entity: "product", fields: ["id", "cooperative.name"], filters: { id: productIds } })
    : { data: [] }
  const cooperativeOf = new Map(
    (products as { id: string; cooperative?: { name?: string } | null }[]).map((p) => [p.id, p.cooperative?.name ?? null])
  )

  const payments = (order.payment_collections ?? []).flatMap((pc) => pc.payments ?? []).filter((p) => !p.canceled_at)
  const sum = (amounts: number[]) => amounts.reduce((a, b) => a + Number(b), 0)
  const creditLines = order.credit_lines ?? []
  // Vouchers pay as cart credit lines (with a card) or, alone, as a payment session of their own.
  const voucherAmount =
    sum(creditLines.filter((l) => l.reference === VOUCHER_CREDIT_LINE_REFERENCE).map((l) => l.amount)) +
    sum(payments.filter((p) => p.provider_id === VOUCHER_PROVIDER_ID).map((p) => p.amount))
  const cardAmount = sum(payments.filter((p) => p.provider_id !== VOUCHER_PROVIDER_ID).map((p) => p.amount))

  const locale = orderLocale(order)
  await sendEmail(container, {
    to: order.email,
    template: EMAIL_TEMPLATES.ORDER_PLACED,
    locale,
    idempotency_key: `order-placed:${order.id}`,
    resource_id: order.id,
    resource_type: "order",
    data: {
      display_id: order.display_id,
      first_name: order.customer?.first_name,
      currency_code: order.currency_code,
      items: order.items.map((item) => ({
        title: item.product_title || item.title,
        quantity: Number(item.quantity),
        total: Number(item.total),
        cooperative: (item.product_id && cooperativeOf.get(item.product_id)) || null,
      })),
      // Medusa's order total is what is left after credit lines: the cost is the two together.
      total: Number(order.total) + sum(creditLines.map((l) => l.amount)),
      voucher_amount: voucherAmount,
      card_amount: cardAmount,
      order_url: storefrontLink(locale, STOREFRONT_PATHS.order(order.id)),
    },
  })
}

export const config: SubscriberConfig = {
  event: "order.placed",
}
