"use client"

import { Elements, PaymentElement, useElements, useStripe } from "@stripe/react-stripe-js"
import { loadStripe, type Stripe } from "@stripe/stripe-js"
import { useLocale, useTranslations } from "next-intl"
import { type FormEvent, useMemo, useState } from "react"
import { FormAlert } from "../common/FormAlert"
import { buttonClass } from "../common/button-class"

/** One Stripe.js per key and page: loadStripe adds Stripe's script only when this form is shown. */
const stripes = new Map<string, Promise<Stripe | null>>()
const stripeFor = (key: string) => {
  if (!stripes.has(key)) stripes.set(key, loadStripe(key))
  return stripes.get(key) as Promise<Stripe | null>
}

type Props = {
  publishableKey: string
  /** The payment session's client secret (Medusa's Stripe provider keeps it in the session data) */
  clientSecret: string
  /** The waiting page of this cart, where Stripe sends the browser back after 3-D Secure */
  returnPath: string
}

/**
 * Stripe's Payment Element for what the vouchers leave. The payment is confirmed in the browser;
 * a card that needs 3-D Secure leaves for the bank and comes back to `returnPath`, which then
 * waits for the order (made by the store route or Stripe's webhook, whichever is first).
 */
export function StripePayment({ publishableKey, clientSecret, returnPath }: Props) {
  const locale = useLocale()
  const stripe = useMemo(() => stripeFor(publishableKey), [publishableKey])
  return (
    <Elements stripe={stripe} options={{ clientSecret, locale: locale === "en" ? "en" : "it" }}>
      <StripeForm returnPath={returnPath} />
    </Elements>
  )
}

function StripeForm({ returnPath }: { returnPath: string }) {
  const t = useTranslations("checkout.stripe")
  const stripe = useStripe()
  const elements = useElements()
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (!stripe || !elements) return
    setBusy(true)
    setError(undefined)
    const returnUrl = new URL(returnPath, window.location.origin)
    const result = await stripe.confirmPayment({
      elements,
      confirmParams: { return_url: returnUrl.toString() },
      redirect: "if_required",
    })
    if (result.error) {
      // Stripe words card refusals in the page's language.
      setError(result.error.message ?? t("failed"))
      setBusy(false)
      return
    }
    returnUrl.searchParams.set("confermato", "1")
    window.location.assign(returnUrl.toString())
  }

  return (
    <form onSubmit={submit} aria-labelledby="stripe-heading">
      <h2 id="stripe-heading" className="h4" tabIndex={-1}>{t("heading")}</h2>
      <FormAlert message={error} />
      <div className="mb-3">
        <PaymentElement />
      </div>
      <button type="submit" className={buttonClass("primary", !stripe || busy)} disabled={!stripe || busy} aria-disabled={!stripe || busy}>
        {busy ? t("paying") : t("submit")}
      </button>
    </form>
  )
}
