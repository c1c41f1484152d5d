import { useLocale, useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { formatDate, formatPrice } from "@/lib/format"
import { orderFigures } from "@/lib/order-figures"
import type { Order, Page } from "@/lib/types"
import { Pagination } from "../common/Pagination"
import { AccountNav } from "./AccountNav"

/**
 * The citizen's orders, newest first, each linking to its details: what the services cost and
 * how they were paid (a voucher-paid order cost something even if the card paid nothing).
 * A list rather than a table, so it reads on a phone without scrolling sideways.
 */
export function OrdersTemplate({ orders }: { orders: Page<Order> }) {
  const t = useTranslations("account.orders")
  const tOrder = useTranslations("order")
  const locale = useLocale()
  return (
    <div className="container py-4">
      <h1>{t("title")}</h1>
      <AccountNav current="orders" />
      {orders.items.length === 0 ? (
        <p className="lead">{t("empty")}</p>
      ) : (
        <ul className="list-unstyled" aria-label={t("caption")}>
          {orders.items.map((order) => {
            const money = (amount: number) => formatPrice(amount, order.currency_code, locale)
            const figures = orderFigures(order)
            const voucher = figures.parts.filter((p) => p.source === "voucher").reduce((sum, p) => sum + p.amount, 0)
            const card = figures.parts.filter((p) => p.source === "card").reduce((sum, p) => sum + p.amount, 0)
            return (
              <li key={order.id} className="border rounded p-3 mb-3 text-break" data-testid="order-row">
                <div className="d-flex flex-wrap justify-content-between gap-2">
                  <h2 className="h5 mb-1">
                    <Link href={`/account/ordini/${order.id}`} aria-label={t("detailsOf", { number: order.display_id ?? "" })}>
                      {tOrder("detailsHeading", { number: order.display_id ?? "" })}
                    </Link>
                  </h2>
                  <span className="text-secondary">{formatDate(order.created_at, locale)}</span>
                </div>
                <p className="mb-1">{(order.items ?? []).map((item) => item.product_title ?? item.title).join(", ")}</p>
                <p className="mb-0">
                  <span className="fw-semibold">{t("cost", { amount: money(figures.cost) })}</span>{" "}
                  <span>
                    {voucher > 0 && card > 0
                      ? t("paidBoth", { voucher: money(voucher), card: money(card) })
                      : voucher > 0
                        ? t("paidVoucher")
                        : card > 0
                          ? t("paidCard")
                          : ""}
                  </span>
                </p>
              </li>
            )
          })}
        </ul>
      )}
      <Pagination page={orders.page} pageCount={orders.pageCount} hrefFor={(n) => (n === 1 ? "/account/ordini" : `/account/ordini?pagina=${n}`)} />
    </div>
  )
}
