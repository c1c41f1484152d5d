import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { parsePage } from "@/lib/data/listing"
import { listOrders } from "@/lib/data/orders"
import { requireCustomer } from "@/lib/data/session"
import { OrdersTemplate } from "@/modules/account/OrdersTemplate"

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ pagina?: string }> }

export const dynamic = "force-dynamic"

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: (await getTranslations({ locale, namespace: "account.orders" }))("title"), robots: { index: false } }
}

export default async function OrdersPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  await requireCustomer("/account/ordini")
  const page = parsePage((await searchParams).pagina) ?? 1
  return <OrdersTemplate orders={await listOrders(page)} />
}
