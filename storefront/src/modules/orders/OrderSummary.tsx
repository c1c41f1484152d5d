import { useLocale, useTranslations } from "next-intl"
import { formatDate, formatPrice } from "@/lib/format"
import type { OrderFigures } from "@/lib/order-figures"
import type { Order } from "@/lib/types"
import { OrderPayment } from "./OrderPayment"

/** An order: number, date, lines, totals and billing address. */
export function OrderSummary({ order, figures }: { order: Order; figures: OrderFigures }) {
  const t = useTranslations("order")
  const locale = useLocale()
  const address = order.billing_address
  return (
    <div className="row">
      <div className="col-12 col-lg-8 mb-4">
        <dl className="row text-break">
          <dt className="col-sm-4">{t("number")}</dt>
          <dd className="col-sm-8">#{order.display_id}</dd>
          <dt className="col-sm-4">{t("date")}</dt>
          <dd className="col-sm-8">{formatDate(order.created_at, locale)}</dd>
          <dt className="col-sm-4">{t("email")}</dt>
          <dd className="col-sm-8">{order.email}</dd>
        </dl>
        <h2 className="h4">{t("items")}</h2>
        <ul className="list-unstyled">
          {(order.items ?? []).map((item) => (
            <li key={item.id} className="d-flex justify-content-between gap-2 border-bottom py-2">
              <span>{item.quantity} × {item.product_title ?? item.title}</span>
              <span>{formatPrice(item.total ?? item.unit_price * item.quantity, order.currency_code, locale)}</span>
            </li>
          ))}
        </ul>
      </div>
      <div className="col-12 col-lg-4">
        <OrderPayment figures={figures} currency={order.currency_code} />
        {address ? (
          <section aria-labelledby="order-billing">
            <h2 id="order-billing" className="h5">{t("billing")}</h2>
            <address>
              {address.first_name} {address.last_name}<br />
              {address.address_1}<br />
              {address.postal_code} {address.city} {address.province ? `(${address.province})` : ""}
            </address>
          </section>
        ) : null}
      </div>
    </div>
  )
}
