import { useLocale, useTranslations } from "next-intl"
import { formatDate, formatPrice } from "@/lib/format"
import type { Order } from "@/lib/types"
import { CartTotals } from "../cart/CartTotals"
import { OrderPayment } from "./OrderPayment"

/** An order: number, date, lines, totals and billing address. */
export function OrderSummary({ order }: { order: Order }) {
  const t = useTranslations("order")
  const locale = useLocale()
  const address = order.billing_address
  return (
    <div className="row">
      <div className="col-12 col-lg-8 mb-4">
        <dl className="row">
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
            <li key={item.id} className="d-flex justify-content-between border-bottom py-2">
              <span>{item.quantity} × {item.product_title ?? item.title}</span>
              <span>{formatPrice(item.total ?? item.unit_price * item.quantity, order.currency_code, locale)}</span>
            </li>
          ))}
        </ul>
      </div>
      <div className="col-12 col-lg-4">
        <section className="border rounded p-4 shadow-sm mb-4" aria-labelledby="order-totals">
          <h2 id="order-totals" className="h4">{t("totals")}</h2>
          <CartTotals cart={order} placed />
        </section>
        <OrderPayment order={order} />
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
