import { toCents } from "./money"

/** A ledger entry as the share rules read it. */
export type ShareEntry = {
  voucher_id: string
  kind: string
  amount: number | string
  idempotency_key: string
  metadata?: Record<string, unknown> | null
}

type ShareMetadata = { captured?: number; allocations?: Record<string, number>; order_item_id?: string }
const metadataOf = (entry: ShareEntry) => (entry.metadata ?? {}) as ShareMetadata

/** The entries that count: a reversal and the refund it takes back both drop out. */
export function standingEntries<E extends ShareEntry>(entries: E[]): E[] {
  const reversed = new Set(
    entries.filter((e) => e.kind === "reversal").map((e) => e.idempotency_key.slice("reversal:".length))
  )
  return entries.filter((e) => e.kind !== "reversal" && !reversed.has(e.idempotency_key))
}

/**
 * A line's voucher share, per voucher, in cents: what each voucher paid for the order line
 * (its capture's allocation) and what is left to refund to it after the line's refunds.
 */
export function lineVoucherShares(entries: ShareEntry[], orderItemId: string) {
  const paid = new Map<string, number>()
  const refundable = new Map<string, number>()
  const add = (map: Map<string, number>, voucherId: string, cents: number) =>
    map.set(voucherId, (map.get(voucherId) ?? 0) + cents)
  for (const entry of standingEntries(entries)) {
    const metadata = metadataOf(entry)
    if (entry.kind === "capture") {
      const share = toCents(metadata.allocations?.[orderItemId] ?? 0)
      add(paid, entry.voucher_id, share)
      add(refundable, entry.voucher_id, share)
    }
    if (entry.kind === "refund" && metadata.order_item_id === orderItemId) {
      add(refundable, entry.voucher_id, -toCents(entry.amount))
    }
  }
  return { paid, refundable }
}

/** What each voucher paid for an order and has not had back, in cents (a cancelled order returns it). */
export function unrefundedVoucherValue(entries: ShareEntry[]): Map<string, number> {
  const open = new Map<string, number>()
  for (const entry of standingEntries(entries)) {
    const delta =
      entry.kind === "capture" ? toCents(metadataOf(entry).captured ?? 0) : entry.kind === "refund" ? -toCents(entry.amount) : 0
    open.set(entry.voucher_id, (open.get(entry.voucher_id) ?? 0) + delta)
  }
  return open
}
