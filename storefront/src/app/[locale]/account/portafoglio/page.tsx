import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { listCareAreas } from "@/lib/data/categories"
import { requireCustomer } from "@/lib/data/session"
import { ordersByCart } from "@/lib/data/orders"
import { listVouchers } from "@/lib/data/vouchers"
import { WalletTemplate } from "@/modules/vouchers/WalletTemplate"

type Props = { params: Promise<{ locale: string }> }

// Balances move with every checkout and refund: always read afresh, for this citizen only.
export const dynamic = "force-dynamic"

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: (await getTranslations({ locale, namespace: "vouchers" }))("walletTitle"), robots: { index: false } }
}

export default async function WalletPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  await requireCustomer("/account/portafoglio")
  const [vouchers, areas, orders] = await Promise.all([listVouchers(), listCareAreas(), ordersByCart()])
  const areaNames = Object.fromEntries(areas.map((area) => [area.handle, area.name]))
  return <WalletTemplate vouchers={vouchers} areaNames={areaNames} orders={orders} />
}
