import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { CoverItem } from "../../lib/eligibility"

import { VOUCHER_CREDIT_LINE_REFERENCE, VOUCHER_PROVIDER_ID } from "../../types"

/** Credit lines that carry a voucher's share of a cart have VOUCHER_CREDIT_LINE_REFERENCE, with the voucher id as reference_id. */
export { VOUCHER_CREDIT_LINE_REFERENCE, VOUCHER_PROVIDER_ID }

export type VoucherCreditLine = {
  id: string
  voucher_id: string
  amount: number
  allocations: Record<string, number>
  metadata: Record<string, unknown>
}

export type VoucherCart = {
  id: string
  customer_id: string | null
  completed_at: Date | null
  currency_code: string
  total: number
  items: (CoverItem & { metadata: Record<string, unknown> | null })[]
  voucher_lines: VoucherCreditLine[]
  voucher_sessions: { id: string; amount: number; voucher_id: string }[]
}

const CART_FIELDS = [
  "id",
  "customer_id",
  "completed_at",
  "currency_code",
  "total",
  "items.id",
  "items.title",
  "items.variant_id",
  "items.product_id",
  "items.total",
  "items.metadata",
  "items.product.metadata",
  "items.product.categories.handle",
  "items.product.categories.parent_category.handle",
  "credit_lines.id",
  "credit_lines.amount",
  "credit_lines.reference",
  "credit_lines.reference_id",
  "credit_lines.metadata",
  "payment_collection.payment_sessions.id",
  "payment_collection.payment_sessions.provider_id",
  "payment_collection.payment_sessions.amount",
  "payment_collection.payment_sessions.data",
]

type RawCart = {
  id: string
  customer_id: string | null
  completed_at: Date | null
  currency_code: string
  total: unknown
  items?: {
    id: string
    title: string
    variant_id: string | null
    product_id: string | null
    total: unknown
    metadata: Record<string, unknown> | null
    product?: {
      cooperative?: { handle: string } | null
      metadata?: Record<string, unknown> | null
      categories?: { handle: string; parent_category?: { handle: string } | null }[]
    } | null
  }[]
  credit_lines?: {
    id: string
    amount: unknown
    reference: string | null
    reference_id: string | null
    metadata: Record<string, unknown> | null
  }[]
  payment_collection?: {
    payment_sessions?: { id: string; provider_id: string; amount: unknown; data: Record<string, unknown> | null }[]
  } | null
}

/**
 * Where a service's cooperative is read: the cooperatives plugin's link when that plugin
 * is installed (through Query, not its internals), else the product's metadata.
 */
const COOPERATIVE_LINK_FIELD = "items.product.cooperative.handle"
const cartFields = (container: MedusaContainer) =>
  container.hasRegistration("cooperatives") ? [...CART_FIELDS, COOPERATIVE_LINK_FIELD] : CART_FIELDS

/** The cart with what the voucher rules need: lines with care areas, voucher credit lines and voucher payment sessions. */
export async function fetchVoucherCart(container: MedusaContainer, cartId: string): Promise<VoucherCart | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: cartFields(container), filters: { id: cartId } })
  const cart = data[0] as RawCart | undefined
  if (!cart) {
    return null
  }
  return {
    id: cart.id,
    customer_id: cart.customer_id,
    completed_at: cart.completed_at,
    currency_code: cart.currency_code,
    total: Number(cart.total),
    items: (cart.items ?? []).map((item) => ({
      id: item.id,
      title: item.title,
      variant_id: item.variant_id,
      product_id: item.product_id,
      total: Number(item.total),
      category_handles: (item.product?.categories ?? []).flatMap((c) =>
        [c.handle, c.parent_category?.handle].filter((h): h is string => !!h)
      ),
      cooperative_handle:
        item.product?.cooperative?.handle ?? (item.product?.metadata?.cooperative_handle as string | undefined) ?? null,
      metadata: item.metadata,
    })),
    voucher_lines: (cart.credit_lines ?? [])
      .filter((line) => line.reference === VOUCHER_CREDIT_LINE_REFERENCE && line.reference_id)
      .map((line) => ({
        id: line.id,
        voucher_id: line.reference_id!,
        amount: Number(line.amount),
        allocations: (line.metadata?.allocations as Record<string, number> | undefined) ?? {},
        metadata: line.metadata ?? {},
      })),
    voucher_sessions: (cart.payment_collection?.payment_sessions ?? [])
      .filter((session) => session.provider_id === VOUCHER_PROVIDER_ID)
      .map((session) => ({
        id: session.id,
        amount: Number(session.amount),
        voucher_id: (session.data?.voucher_id as string | undefined) ?? "",
      })),
  }
}

/** Other vouchers' shares of each line, leaving out one voucher. */
export function takenByOthers(cart: VoucherCart, voucherId: string): Record<string, number> {
  const taken: Record<string, number> = {}
  for (const line of cart.voucher_lines.filter((l) => l.voucher_id !== voucherId)) {
    for (const [itemId, amount] of Object.entries(line.allocations)) {
      taken[itemId] = Math.round(((taken[itemId] ?? 0) + amount) * 100) / 100
    }
  }
  return taken
}
