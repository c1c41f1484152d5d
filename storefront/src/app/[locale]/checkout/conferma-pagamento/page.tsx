import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { loadPaymentWait } from "@/lib/data/checkout"
import { PaymentWaitTemplate } from "@/modules/checkout/PaymentWaitTemplate"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export const dynamic = "force-dynamic"

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: (await getTranslations({ locale, namespace: "checkout.wait" }))("title"), robots: { index: false } }
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/**
 * The citizen confirms the payment with the bank (3-D Secure, a redirect, an app): this page
 * waits for the order, made by the store route or the provider's webhook, whichever is first.
 * Stripe sends the browser back here with `redirect_status`.
 */
export default async function PaymentWaitPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const query = await searchParams
  const returned = first(query.redirect_status)
  const state = await loadPaymentWait(first(query.cart))
  return <PaymentWaitTemplate state={state} returned={returned === "succeeded" || first(query.confermato) === "1"} declined={returned === "failed"} />
}
