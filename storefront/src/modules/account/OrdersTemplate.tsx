import { useLocale, useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { formatDate, formatPrice } from "@/lib/format"
import type { Order, Page } from "@/lib/types"
import { Pagination } from "../common/Pagination"
import { AccountNav } from "./AccountNav"

/** The citizen's orders, newest first, each linking to its details. */
export function OrdersTemplate({ orders }: { orders: Page<Order> }) {
  const t = useTranslations("account.orders")
  const locale = useLocale()
  return (
    <div className="container py-4">
      <h1>{t("title")}</h1>
      <AccountNav current="orders" />
      {orders.items.length === 0 ? (
        <p className="lead">{t("empty")}</p>
      ) : (
        <div className="table-responsive">
          <table className="table">
            <caption className="visually-hidden">{t("caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("number")}</th>
                <th scope="col">{t("date")}</th>
                <th scope="col">{t("services")}</th>
                <th scope="col" className="text-end">{t("total")}</th>
              </tr>
            </thead>
            <tbody>
              {orders.items.map((order) => (
                <tr key={order.id}>
                  <th scope="row">
                    <Link href={`/account/ordini/${order.id}`} aria-label={t("detailsOf", { number: order.display_id ?? "" })}>#{order.display_id}</Link>
                  </th>
                  <td>{formatDate(order.created_at, locale)}</td>
                  <td>{(order.items ?? []).map((item) => item.product_title ?? item.title).join(", ")}</td>
                  <td className="text-end">{formatPrice(order.total, order.currency_code, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={orders.page} pageCount={orders.pageCount} hrefFor={(n) => (n === 1 ? "/account/ordini" : `/account/ordini?pagina=${n}`)} />
    </div>
  )
}
