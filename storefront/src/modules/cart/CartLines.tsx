import { useLocale, useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { removeLineAction, updateLineAction } from "@/lib/actions/cart"
import { formatPrice } from "@/lib/format"
import type { Cart } from "@/lib/types"

/**
 * The cart's lines as a list that reads on a phone as on a desktop (no sideways scrolling):
 * each service with its price, quantity, total and "Rimuovi". Quantity and removal are plain
 * forms (they work without JavaScript).
 */
export function CartLines({ cart }: { cart: Cart }) {
  const t = useTranslations("cart")
  const locale = useLocale()
  const money = (amount: number | undefined) => formatPrice(amount ?? 0, cart.currency_code, locale)
  const items = [...(cart.items ?? [])].sort((a, b) => a.title.localeCompare(b.title))
  return (
    <ul className="list-unstyled" aria-label={t("caption")} data-testid="cart-lines">
      {items.map((item) => (
        <li key={item.id} className="border rounded p-3 mb-3" data-testid="cart-line">
          <div className="d-flex flex-wrap justify-content-between gap-2">
            <h2 className="h5 mb-1 text-break">
              {item.product_handle ? <Link href={`/servizi/${item.product_handle}`}>{item.product_title ?? item.title}</Link> : item.title}
            </h2>
            <span className="h5 mb-1 text-nowrap">{money(item.total ?? item.unit_price * item.quantity)}</span>
          </div>
          {item.variant_title && item.variant_title !== item.product_title && item.variant_title !== "Standard" ? (
            <p className="small text-secondary mb-1">{item.variant_title}</p>
          ) : null}
          <p className="mb-2 small">{t("unitPriceOf", { amount: money(item.unit_price) })}</p>
          <div className="d-flex flex-wrap align-items-center gap-3">
            <form action={updateLineAction} className="d-flex align-items-center gap-2">
              <input type="hidden" name="line_id" value={item.id} />
              <label htmlFor={`qty-${item.id}`} className="mb-0">{t("quantity")}</label>
              <input id={`qty-${item.id}`} name="quantity" type="number" min={0} max={99} defaultValue={item.quantity} aria-label={t("quantityFor", { title: item.title })} className="form-control form-control-sm" style={{ width: "5rem" }} />
              <button type="submit" className="btn btn-outline-primary btn-xs">{t("update")}</button>
            </form>
            <form action={removeLineAction}>
              <input type="hidden" name="line_id" value={item.id} />
              <button type="submit" className="btn btn-link text-danger p-0" aria-label={t("removeNamed", { title: item.title })}>
                {t("remove")}
              </button>
            </form>
          </div>
        </li>
      ))}
    </ul>
  )
}
