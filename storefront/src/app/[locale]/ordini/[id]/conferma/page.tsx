import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import { Link } from "@/i18n/navigation"
import { retrieveOrderWithFigures } from "@/lib/data/orders"
import { OrderSummary } from "@/modules/orders/OrderSummary"

type Props = { params: Promise<{ locale: string; id: string }> }

export const dynamic = "force-dynamic"

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: (await getTranslations({ locale, namespace: "order" }))("confirmedTitle"), robots: { index: false } }
}

export default async function OrderConfirmedPage({ params }: Props) {
  const { locale, id } = await params
  setRequestLocale(locale)
  const [found, t] = await Promise.all([retrieveOrderWithFigures(id), getTranslations("order")])
  if (!found) notFound()
  const { order, figures } = found
  return (
    <div className="container py-4">
      <h1>{t("confirmedTitle")}</h1>
      <div className="alert alert-success" role="status">{t("thanks", { number: order.display_id ?? "" })}</div>
      <OrderSummary order={order} figures={figures} />
      <Link href="/account/ordini" className="btn btn-primary">{t("viewAll")}</Link>
    </div>
  )
}
