import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { retrieveCart } from "@/lib/data/cart"
import { unusableApplied } from "@/lib/data/voucher-eligibility"
import { listVouchers } from "@/lib/data/vouchers"
import { CartTemplate } from "@/modules/cart/CartTemplate"

type Props = { params: Promise<{ locale: string }> }

export const dynamic = "force-dynamic"

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: (await getTranslations({ locale, namespace: "cart" }))("title"), robots: { index: false } }
}

export default async function CartPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const [cart, vouchers] = await Promise.all([retrieveCart(), listVouchers()])
  // A voucher suspended or expired since it was applied says so as soon as the cart is shown.
  return <CartTemplate cart={cart} unusable={cart ? unusableApplied(cart, vouchers) : []} />
}
