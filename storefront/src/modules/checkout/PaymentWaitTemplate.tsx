import { useLocale, useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { PaymentWaitState } from "@/lib/data/checkout"
import { formatPrice } from "@/lib/format"
import { LoginRequired } from "./LoginRequired"
import { PaymentWatcher } from "./PaymentWatcher"

type Props = { state: PaymentWaitState; returned: boolean; declined: boolean }

/** "Azione richiesta": what the bank asks of the citizen, and the order as soon as it exists. */
export function PaymentWaitTemplate({ state, returned, declined }: Props) {
  const t = useTranslations("checkout.wait")
  const locale = useLocale()
  return (
    <div className="container py-4">
      <h1 className="mb-4">{t("title")}</h1>
      {state.kind === "login" ? <LoginRequired /> : null}
      {state.kind === "unknown" ? (
        <>
          <p className="lead">{t("unknown")}</p>
          <Link href="/account/ordini" className="btn btn-primary">{t("toOrders")}</Link>
        </>
      ) : null}
      {state.kind === "waiting" ? (
        <section className="callout" aria-labelledby="payment-action">
          <h2 id="payment-action" className="h4 callout-title">{t("heading")}</h2>
          <p>{t("text", { amount: formatPrice(state.amount, state.currency, locale) })}</p>
          <PaymentWatcher cartId={state.cartId} attemptNow={returned} declined={declined} />
        </section>
      ) : null}
    </div>
  )
}
