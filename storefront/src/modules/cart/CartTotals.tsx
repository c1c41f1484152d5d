import { useLocale, useTranslations } from "next-intl"
import { formatPrice } from "@/lib/format"
import type { Cart, Order } from "@/lib/types"

/**
 * Subtotal, shipping (when any), what vouchers pay (when any) and the total; prices
 * already include taxes. With vouchers, the total is what the card pays (`placed`: paid).
 */
export function CartTotals({ cart, placed = false }: { cart: Cart | Order; placed?: boolean }) {
  const t = useTranslations("cart")
  const locale = useLocale()
  const money = (amount: number | undefined) => formatPrice(amount ?? 0, cart.currency_code, locale)
  return (
    <dl className="row mb-0">
      <dt className="col-7">{t("subtotal")}</dt>
      <dd className="col-5 text-end">{money(cart.item_total)}</dd>
      {cart.shipping_total ? (
        <>
          <dt className="col-7">{t("shipping")}</dt>
          <dd className="col-5 text-end">{money(cart.shipping_total)}</dd>
        </>
      ) : null}
      {cart.credit_line_total ? (
        <>
          <dt className="col-7">{t("vouchers")}</dt>
          <dd className="col-5 text-end">−{money(cart.credit_line_total)}</dd>
        </>
      ) : null}
      <dt className="col-7 h5">{t(!cart.credit_line_total ? "grandTotal" : placed ? "paidByCard" : "toPay")}</dt>
      <dd className="col-5 text-end h5">{money(cart.total)}</dd>
      <dd className="col-12 small text-secondary">{t("taxIncluded")}</dd>
    </dl>
  )
}
