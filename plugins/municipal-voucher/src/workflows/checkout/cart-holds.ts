import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { computeCover, isEligible } from "../../lib/eligibility"
import type { Locale } from "../../lib/messages"
import { toCents } from "../../lib/money"
import { MUNICIPAL_VOUCHER_MODULE } from "../../modules/municipal-voucher"
import type MunicipalVoucherModuleService from "../../modules/municipal-voucher/service"
import { fetchVoucherCart, takenByOthers, VoucherCart } from "./voucher-cart"
import { refuse } from "../../lib/errors"
import { loadSpendableVoucher } from "./load-voucher"

/**
 * The voucher side of cart completion, as plain functions: the application's completion
 * hook calls them (see ../hooks), whatever started the completion (store route or a
 * payment webhook). Holds are keyed by cart and voucher in the ledger, so running any
 * of these twice moves nothing twice.
 */

function voucherService(container: MedusaContainer): MunicipalVoucherModuleService {
  return container.resolve(MUNICIPAL_VOUCHER_MODULE)
}

async function orderOfCart(container: MedusaContainer, cartId: string): Promise<string | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
  return (data[0] as { order_id?: string } | undefined)?.order_id ?? null
}

/** A voucher credit line is still good when every share it claims is on an eligible line that is still there. */
async function assertLinesStillValid(container: MedusaContainer, cart: VoucherCart, locale?: Locale) {
  for (const line of cart.voucher_lines) {
    const voucher = await loadSpendableVoucher(container, line.voucher_id, cart.customer_id, locale, cart.currency_code)
    const taken = takenByOthers(cart, line.voucher_id)
    let claimed = 0
    for (const [itemId, share] of Object.entries(line.allocations)) {
      const item = cart.items.find((i) => i.id === itemId)
      if (!item || !isEligible(item, voucher.scheme) || toCents(share) > toCents(item.total) - toCents(taken[itemId] ?? 0)) {
        refuse(MedusaError.Types.NOT_ALLOWED, "voucher_cover_changed", locale)
      }
      claimed += toCents(share)
    }
    if (claimed !== toCents(line.amount) || cart.total < 0) {
      refuse(MedusaError.Types.NOT_ALLOWED, "voucher_cover_changed", locale)
    }
  }
  // A voucher payment session (the whole rest paid by voucher) may only pay eligible lines.
  for (const session of cart.voucher_sessions) {
    const voucher = await loadSpendableVoucher(container, session.voucher_id, cart.customer_id, locale, cart.currency_code)
    const cover = computeCover({
      items: cart.items,
      scheme: voucher.scheme,
      balance: Number.MAX_SAFE_INTEGER / 100,
      remaining_total: cart.total,
      taken: takenByOthers(cart, ""),
    })
    if (toCents(session.amount) > toCents(cover.amount)) {
      refuse(MedusaError.Types.NOT_ALLOWED, "nothing_eligible", locale)
    }
  }
}

export type CartHolds = { cart_id: string; voucher_ids: string[] }

/**
 * Holds, on each voucher on the cart, the value of its credit line, after checking the
 * line still stands (voucher spendable, lines eligible and unchanged). A cart that is
 * already an order holds nothing; a retried completion finds its standing holds.
 * Whatever was held before a refusal is released again.
 */
export async function holdCartVouchers(container: MedusaContainer, cartId: string, locale?: Locale): Promise<CartHolds> {
  const none = { cart_id: cartId, voucher_ids: [] }
  if (await orderOfCart(container, cartId)) {
    return none
  }
  const cart = await fetchVoucherCart(container, cartId)
  if (!cart || (!cart.voucher_lines.length && !cart.voucher_sessions.length)) {
    return none
  }
  await assertLinesStillValid(container, cart, locale)

  const service = voucherService(container)
  const held: CartHolds = { cart_id: cartId, voucher_ids: [] }
  try {
    for (const line of cart.voucher_lines) {
      await service.holdForReference({
        voucher_id: line.voucher_id,
        customer_id: cart.customer_id ?? undefined,
        amount: line.amount,
        reference: cart.id,
        metadata: { allocations: line.allocations },
        locale,
      })
      held.voucher_ids.push(line.voucher_id)
    }
  } catch (error) {
    await releaseCartHolds(container, held)
    throw error
  }
  return held
}

/** Gives back what is still held for the cart on these vouchers (a completion that failed). */
export async function releaseCartHolds(container: MedusaContainer, holds: CartHolds) {
  const service = voucherService(container)
  for (const voucherId of holds.voucher_ids) {
    const entries = await service.listVoucherLedgerEntries(
      { voucher_id: voucherId, reference: holds.cart_id, kind: "hold" },
      { order: { created_at: "DESC" }, take: 1 }
    )
    if (entries[0]) {
      await service.releaseValue({
        voucher_id: voucherId,
        reference: holds.cart_id,
        idempotency_key: `release:${entries[0].idempotency_key}`,
      })
    }
  }
}

type Line = { id: string; variant_id: string | null; quantity: unknown; unit_price: unknown; metadata?: Record<string, unknown> | null }

/**
 * Which order line each cart line became. Lines carry their cart line id in metadata
 * (stamped when a voucher is applied); lines without it are paired one to one by
 * variant, quantity and price, so two lines of one variant never share one order line.
 */
export function orderLinesByCartLine(cartItems: Line[], orderItems: Line[]): Record<string, string> {
  const map: Record<string, string> = {}
  const free = new Set(orderItems.map((i) => i.id))
  for (const item of orderItems) {
    const cartLine = item.metadata?.cart_line_item_id as string | undefined
    if (cartLine && cartItems.some((c) => c.id === cartLine)) {
      map[cartLine] = item.id
      free.delete(item.id)
    }
  }
  const same = (a: Line, b: Line) =>
    a.variant_id === b.variant_id && Number(a.quantity) === Number(b.quantity) && Number(a.unit_price) === Number(b.unit_price)
  for (const cartLine of cartItems.filter((c) => !map[c.id])) {
    const match = orderItems.find((o) => free.has(o.id) && same(cartLine, o))
    if (match) {
      map[cartLine.id] = match.id
      free.delete(match.id)
    }
  }
  return map
}

/**
 * Commits what is held for the cart once its order exists, recording the order and each
 * order line's voucher share (what a line refund gives back). Keyed by cart and voucher:
 * the completion hook, the order.placed subscriber and the reconciliation job may all
 * call it, and the value is captured once.
 */
export async function captureCartVouchers(container: MedusaContainer, input: { cart_id: string; order_id: string }) {
  const service = voucherService(container)
  const outstanding = await service.listOutstandingHolds(input.cart_id)
  if (!outstanding.length) {
    return []
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const lineFields = ["items.id", "items.variant_id", "items.quantity", "items.unit_price", "items.metadata"]
  const [{ data: carts }, { data: orders }] = await Promise.all([
    query.graph({ entity: "cart", fields: lineFields, filters: { id: input.cart_id } }),
    query.graph({ entity: "order", fields: lineFields, filters: { id: input.order_id } }),
  ])
  const orderLineOf = orderLinesByCartLine(
    ((carts[0]?.items ?? []) as Line[]).filter(Boolean),
    ((orders[0]?.items ?? []) as Line[]).filter(Boolean)
  )

  const captured = []
  for (const hold of outstanding) {
    const [holdEntry] = await service.listVoucherLedgerEntries(
      { voucher_id: hold.voucher_id, reference: input.cart_id, kind: "hold" },
      { order: { created_at: "DESC" }, take: 1 }
    )
    const allocations = (holdEntry?.metadata?.allocations ?? {}) as Record<string, number>
    const result = await service.captureValue({
      voucher_id: hold.voucher_id,
      reference: input.cart_id,
      idempotency_key: `capture:${input.cart_id}:${hold.voucher_id}`,
      metadata: {
        order_id: input.order_id,
        allocations: Object.fromEntries(
          Object.entries(allocations).map(([itemId, amount]) => [orderLineOf[itemId] ?? itemId, amount])
        ),
      },
    })
    captured.push(result?.entry.id)
  }
  return captured
}

export type ReconcileOptions = {
  /** Holds older than this with no order are released. */
  timeout_minutes: number
  /** Holds younger than this are left alone: their completion may still be running. */
  capture_after_minutes?: number
}

/**
 * What a crash can leave behind: value held for a cart that became an order is captured;
 * value held longer than `timeoutMinutes` for a cart with no order is released. Each cart
 * is settled under its completion lock, so a completion in progress is never raced.
 */
export async function reconcileCartHolds(
  container: MedusaContainer,
  { timeout_minutes, capture_after_minutes = 1 }: ReconcileOptions
) {
  const service = voucherService(container)
  const locking = container.resolve("locking") as {
    execute: <T>(key: string, job: () => Promise<T>, args?: { timeout?: number }) => Promise<T>
  }
  // Carts only: holds of a voucher payment session are settled by Medusa's payment flow.
  const carts = (await service.listStaleHoldReferences(capture_after_minutes)).filter((ref) => ref.startsWith("cart_"))
  const expired = new Set(await service.listStaleHoldReferences(timeout_minutes))
  const report = { captured: [] as string[], released: [] as string[] }
  for (const cartId of carts) {
    await locking.execute(
      cartId,
      async () => {
        const orderId = await orderOfCart(container, cartId)
        if (orderId) {
          await captureCartVouchers(container, { cart_id: cartId, order_id: orderId })
          report.captured.push(cartId)
          return
        }
        if (expired.has(cartId)) {
          const outstanding = await service.listOutstandingHolds(cartId)
          await releaseCartHolds(container, { cart_id: cartId, voucher_ids: outstanding.map((h) => h.voucher_id) })
          report.released.push(cartId)
        }
      },
      { timeout: 5 }
    )
  }
  return report
}
