import { useLocale, useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { removeLineAction, updateLineAction } from "@/lib/actions/cart"
import { formatPrice } from "@/lib/format"
import type { Cart } from "@/lib/types"

/** The cart's lines as a table; quantity and removal are plain forms (they work without JavaScript). */
export function CartLines({ cart }: { cart: Cart }) {
  const t = useTranslations("cart")
  const locale = useLocale()
  const money = (amount: number | undefined) => formatPrice(amount ?? 0, cart.currency_code, locale)
  const items = [...(cart.items ?? [])].sort((a, b) => a.title.localeCompare(b.title))
  return (
    <div className="table-responsive">
      <table className="table align-middle">
        <caption className="visually-hidden">{t("caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("service")}</th>
            <th scope="col" className="text-end">{t("unitPrice")}</th>
            <th scope="col">{t("quantity")}</th>
            <th scope="col" className="text-end">{t("lineTotal")}</th>
            <th scope="col"><span className="visually-hidden">{t("actions")}</span></th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <th scope="row" className="fw-normal">
                {item.product_handle ? <Link href={`/servizi/${item.product_handle}`}>{item.product_title ?? item.title}</Link> : item.title}
                {item.variant_title && item.variant_title !== item.product_title ? <div className="small text-secondary">{item.variant_title}</div> : null}
              </th>
              <td className="text-end">{money(item.unit_price)}</td>
              <td>
                <form action={updateLineAction} className="d-flex align-items-center gap-2">
                  <input type="hidden" name="line_id" value={item.id} />
                  <label htmlFor={`qty-${item.id}`} className="visually-hidden">{t("quantityFor", { title: item.title })}</label>
                  <input id={`qty-${item.id}`} name="quantity" type="number" min={0} max={99} defaultValue={item.quantity} className="form-control form-control-sm" style={{ width: "5rem" }} />
                  <button type="submit" className="btn btn-outline-primary btn-xs">{t("update")}</button>
                </form>
              </td>
              <td className="text-end">{money(item.total ?? item.unit_price * item.quantity)}</td>
              <td>
                <form action={removeLineAction}>
                  <input type="hidden" name="line_id" value={item.id} />
                  <button type="submit" className="btn btn-link text-danger p-0" aria-label={t("removeNamed", { title: item.title })}>
                    {t("remove")}
                  </button>
                </form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
