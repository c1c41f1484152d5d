import { useLocale, useTranslations } from "next-intl"
import { formatPrice } from "@/lib/format"
import type { Cart } from "@/lib/types"
import { CartTotals } from "../cart/CartTotals"

/** The cart beside the checkout form. */
export function CheckoutSummary({ cart }: { cart: Cart }) {
  const t = useTranslations("checkout")
  const locale = useLocale()
  return (
    <section className="border rounded p-4 shadow-sm" aria-labelledby="checkout-summary">
      <h2 id="checkout-summary" className="h4">{t("summary")}</h2>
      <ul className="list-unstyled">
        {(cart.items ?? []).map((item) => (
          <li key={item.id} className="d-flex justify-content-between border-bottom py-2">
            <span>{item.quantity} × {item.product_title ?? item.title}</span>
            <span>{formatPrice(item.total ?? item.unit_price * item.quantity, cart.currency_code, locale)}</span>
          </li>
        ))}
      </ul>
      <CartTotals cart={cart} />
    </section>
  )
}
