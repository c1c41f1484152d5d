import { useLocale, useTranslations } from "next-intl"
import { Fragment } from "react"
import { formatDate, formatPrice } from "@/lib/format"
import type { OrderFigures } from "@/lib/order-figures"

/**
 * "Come hai pagato": the one set of figures of an order. What it cost, each voucher's share and
 * the card's, then every refund with its date and where the money went back.
 */
export function OrderPayment({ figures, currency }: { figures: OrderFigures; currency: string }) {
  const t = useTranslations("order")
  const tProviders = useTranslations("checkout.providers")
  const locale = useLocale()
  const money = (amount: number) => formatPrice(amount, currency, locale)
  const provider = (id: string | null) => (id && tProviders.has(id) ? tProviders(id) : t("card"))
  const name = (part: { source: "voucher" | "card"; label: string | null; providerId: string | null }) =>
    part.source === "voucher" ? (part.label ?? t("voucherFallback")) : provider(part.providerId)
  return (
    <section className="border rounded p-4 shadow-sm mb-4" aria-labelledby="order-payment">
      <h2 id="order-payment" className="h4">{t("payment")}</h2>
      <dl className="row mb-0 text-break">
        <dt className="col-7">{t("cost")}</dt>
        <dd className="col-5 text-end">{money(figures.cost)}</dd>
        {figures.parts.map((part) => (
          <Fragment key={part.key}>
            <dt className="col-7 fw-normal">{t(part.source === "voucher" ? "paidByVoucher" : "paidByCard", { name: name(part) })}</dt>
            <dd className="col-5 text-end">{money(part.amount)}</dd>
          </Fragment>
        ))}
        <dd className="col-12 small text-secondary">{t("taxIncluded")}</dd>
      </dl>
      {figures.refunds.length > 0 ? (
        <>
          <h3 className="h5 mt-3">{t("refunds")}</h3>
          <ul className="list-unstyled mb-2">
            {figures.refunds.map((refund) => (
              <li key={refund.key} className="d-flex flex-wrap justify-content-between gap-2 border-top py-2" data-testid="order-refund">
                <span>
                  {formatDate(refund.date, locale)} — {t(refund.source === "voucher" ? "refundToVoucher" : "refundToCard", { name: name(refund) })}
                </span>
                <span className="text-nowrap">+{money(refund.amount)}</span>
              </li>
            ))}
          </ul>
          <p className="fw-semibold mb-0">{t("refundedTotal", { amount: money(figures.refunded) })}</p>
        </>
      ) : null}
    </section>
  )
}
