import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { type CoverItem, isEligible } from "@tradatewelfare/municipal-voucher/lib/eligibility"
import { sdk } from "../config"
import { rethrow } from "../errors"
import type { Cart, WalletVoucher } from "../types"

type ServiceFacts = { category_handles: string[]; cooperative_handle: string | null }

/**
 * The care areas (categories and their parents) and cooperative of the cart's services.
 * The store cart route does not expose a product's categories, the store products route does.
 */
async function serviceFacts(productIds: string[]): Promise<Record<string, ServiceFacts>> {
  if (productIds.length === 0) return {}
  const { products } = await sdk()
    .client.fetch<HttpTypes.StoreProductListResponse>("/store/products", {
      query: { id: productIds, fields: "id,metadata,*categories,*categories.parent_category", limit: productIds.length },
      cache: "no-store",
    })
    .catch(rethrow)
  return Object.fromEntries(
    products.map((product) => [
      product.id,
      {
        category_handles: (product.categories ?? []).flatMap((c) =>
          [c.handle, c.parent_category?.handle].filter((h): h is string => Boolean(h))
        ),
        cooperative_handle: typeof product.metadata?.cooperative_handle === "string" ? product.metadata.cooperative_handle : null,
      },
    ])
  )
}

/**
 * For each voucher, the titles of the cart lines its scheme may pay: the plugin's own rule
 * (`isEligible`), applied to the lines mapped as the backend maps them, never restated here.
 */
export async function eligibleLines(cart: Cart, vouchers: WalletVoucher[]): Promise<Record<string, string[]>> {
  if (vouchers.length === 0) return {}
  const items = cart.items ?? []
  const facts = await serviceFacts([...new Set(items.flatMap((item) => (item.product_id ? [item.product_id] : [])))])
  const cover: CoverItem[] = items.map((item) => ({
    id: item.id,
    title: item.product_title ?? item.title,
    variant_id: item.variant_id ?? null,
    product_id: item.product_id ?? null,
    total: Number(item.total ?? 0),
    category_handles: (item.product_id && facts[item.product_id]?.category_handles) || [],
    cooperative_handle: (item.product_id && facts[item.product_id]?.cooperative_handle) || null,
  }))
  return Object.fromEntries(
    vouchers.map((voucher) => [voucher.id, cover.filter((item) => isEligible(item, voucher.scheme)).map((item) => item.title)])
  )
}

/**
 * Why a voucher cannot pay now (suspended, expired or used up, perhaps since it was applied),
 * as a message key under vouchers.statusHint, or null when it can.
 */
export function spendProblem(voucher: WalletVoucher, now = new Date()): "suspended" | "expired" | "exhausted" | null {
  if (voucher.status === "suspended") return "suspended"
  if (voucher.status === "expired" || new Date(voucher.valid_until).getTime() <= now.getTime()) return "expired"
  if (voucher.status === "exhausted" || voucher.balance <= 0) return "exhausted"
  return null
}

/** Vouchers applied to the cart (its credit lines) that can no longer pay: suspended or expired since. */
export function unusableApplied(cart: Cart, vouchers: WalletVoucher[]): { name: string; problem: "suspended" | "expired" | "exhausted" }[] {
  const applied = new Set((cart.credit_lines ?? []).map((line) => line.reference_id))
  return vouchers.flatMap((voucher) => {
    const problem = applied.has(voucher.id) ? spendProblem(voucher) : null
    return problem ? [{ name: voucher.scheme.name, problem }] : []
  })
}

export const isSpendable = (voucher: WalletVoucher) => spendProblem(voucher) === null
