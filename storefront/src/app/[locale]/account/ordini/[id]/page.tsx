import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import { retrieveOrderWithFigures } from "@/lib/data/orders"
import { requireCustomer } from "@/lib/data/session"
import { AccountNav } from "@/modules/account/AccountNav"
import { Breadcrumb } from "@/modules/common/Breadcrumb"
import { OrderSummary } from "@/modules/orders/OrderSummary"

type Props = { params: Promise<{ locale: string; id: string }> }

export const dynamic = "force-dynamic"

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: (await getTranslations({ locale, namespace: "order" }))("detailsTitle"), robots: { index: false } }
}

export default async function OrderDetailsPage({ params }: Props) {
  const { locale, id } = await params
  setRequestLocale(locale)
  const customer = await requireCustomer(`/account/ordini/${id}`)
  const [found, t] = await Promise.all([retrieveOrderWithFigures(id), getTranslations()])
  // Only the citizen's own orders are shown in the personal area.
  if (!found || found.order.customer_id !== customer.id) notFound()
  const { order, figures } = found
  return (
    <div className="container py-4">
      <Breadcrumb items={[{ label: t("account.orders.title"), href: "/account/ordini" }, { label: `#${order.display_id}` }]} />
      <h1>{t("order.detailsHeading", { number: order.display_id ?? "" })}</h1>
      <AccountNav current="orders" />
      <OrderSummary order={order} figures={figures} />
    </div>
  )
}
