import "server-only"
import { getLocale } from "next-intl/server"
import { getAuthToken } from "../cookies"
import { storeFetch } from "../store-fetch"
import type { CartSplit, WalletVoucher } from "../types"

const newestFirst = (a: { created_at: string }, b: { created_at: string }) => b.created_at.localeCompare(a.created_at)

/** The logged-in citizen's own vouchers (the backend scopes them to the token), history newest first. */
export async function listVouchers(): Promise<WalletVoucher[]> {
  const token = await getAuthToken()
  if (!token) return []
  const { vouchers } = await storeFetch<{ vouchers: WalletVoucher[] }>("/store/vouchers", {
    token,
    locale: await getLocale(),
  })
  return vouchers
    .map((voucher) => ({ ...voucher, entries: [...voucher.entries].sort(newestFirst) }))
    .sort((a, b) => a.valid_until.localeCompare(b.valid_until))
}

/** How the citizen's cart is split between the applied vouchers and the card. */
export async function retrieveCartSplit(cartId: string): Promise<CartSplit> {
  const { split } = await storeFetch<{ split: CartSplit }>(`/store/carts/${cartId}/vouchers`, {
    token: await getAuthToken(),
    locale: await getLocale(),
  })
  return split
}
