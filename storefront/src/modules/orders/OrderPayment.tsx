import { useLocale, useTranslations } from "next-intl"
import { Fragment } from "react"
import { formatPrice } from "@/lib/format"
import type { Order } from "@/lib/types"

/** Credit lines with this reference carry a municipal voucher's share of the order. */
const VOUCHER_REFERENCE = "municipal-voucher"

/** How the order was paid: each voucher's credit line, then the card (or other provider) payments. */
export function OrderPayment({ order }: { order: Order }) {
  const t = useTranslations("order")
  const tProviders = useTranslations("checkout.providers")
  const locale = useLocale()
  const money = (amount: number) => formatPrice(Number(amount), order.currency_code, locale)
  const vouchers = (order.credit_lines ?? []).filter((line) => line.reference === VOUCHER_REFERENCE)
  const payments = (order.payment_collections ?? []).flatMap((collection) => collection.payments ?? [])
  if (vouchers.length === 0 && payments.length === 0) return null
  return (
    <section className="border rounded p-4 shadow-sm mb-4" aria-labelledby="order-payment">
      <h2 id="order-payment" className="h4">{t("payment")}</h2>
      <dl className="row mb-0">
        {vouchers.map((line) => {
          const name = line.metadata?.scheme_name
          return (
            <Fragment key={line.id}>
              <dt className="col-7">{typeof name === "string" ? name : t("voucherFallback")}</dt>
              <dd className="col-5 text-end">{money(line.amount)}</dd>
            </Fragment>
          )
        })}
        {payments.map((payment) => (
          <Fragment key={payment.id}>
            <dt className="col-7">{tProviders.has(payment.provider_id) ? tProviders(payment.provider_id) : payment.provider_id}</dt>
            <dd className="col-5 text-end">{money(payment.amount)}</dd>
          </Fragment>
        ))}
      </dl>
    </section>
  )
}
