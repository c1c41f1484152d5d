import type { Order, WalletVoucher } from "./types"

/** Credit lines with this reference carry a municipal voucher's share of the order. */
const VOUCHER_REFERENCE = "municipal-voucher"

export type PaymentPart = { key: string; source: "voucher" | "card"; label: string | null; providerId: string | null; amount: number }
export type RefundRow = { key: string; source: "voucher" | "card"; label: string | null; providerId: string | null; amount: number; date: string }

/** One set of figures for an order: what it cost, how it was paid, what came back and when. */
export type OrderFigures = {
  cost: number
  parts: PaymentPart[]
  refunds: RefundRow[]
  refunded: number
}

const round = (n: number) => Math.round(n * 100) / 100

type Entry = WalletVoucher["entries"][number]

/** Refunds to a voucher that still stand: a refund taken back by a reversal (its card part failed) did not happen. */
function standingRefunds(entries: Entry[]): Entry[] {
  const reversed = new Set<string>()
  for (const reversal of entries.filter((e) => e.kind === "reversal")) {
    const refund = entries.find((e) => e.kind === "refund" && !reversed.has(e.id) && e.amount === -reversal.amount)
    if (refund) reversed.add(refund.id)
  }
  return entries.filter((e) => e.kind === "refund" && e.amount > 0 && !reversed.has(e.id))
}

type PaymentWithRefunds = { id: string; provider_id: string; amount: number; refunds?: { id: string; amount: number; created_at: string | Date }[] | null }

/**
 * The order's figures, from the order (its credit lines and card payments with their refunds)
 * and, when given, the citizen's vouchers (whose ledger records refunds to the voucher against
 * the cart the order came from). The list of orders passes no vouchers and shows no refunds.
 */
export function orderFigures(order: Order, vouchers: WalletVoucher[] = [], cartId?: string | null): OrderFigures {
  const credit = (order.credit_lines ?? []).filter((line) => line.reference === VOUCHER_REFERENCE)
  const payments = (order.payment_collections ?? []).flatMap((c) => (c.payments ?? []) as unknown as PaymentWithRefunds[])
  const parts: PaymentPart[] = [
    ...credit.map((line) => ({
      key: line.id,
      source: "voucher" as const,
      label: typeof line.metadata?.scheme_name === "string" ? line.metadata.scheme_name : null,
      providerId: null,
      amount: Number(line.amount),
    })),
    ...payments.map((payment) => ({
      key: payment.id,
      source: "card" as const,
      label: null,
      providerId: payment.provider_id,
      amount: Number(payment.amount),
    })),
  ]
  // The list of orders reads no payments: what the vouchers left is what the card paid.
  if (payments.length === 0 && Number(order.total ?? 0) > 0) {
    parts.push({ key: "card", source: "card", label: null, providerId: null, amount: Number(order.total) })
  }
  // The list of orders gets no credit lines from Medusa's store route, only their total.
  if (order.credit_lines === undefined && Number(order.credit_line_total ?? 0) > 0) {
    parts.unshift({ key: "vouchers", source: "voucher", label: null, providerId: null, amount: Number(order.credit_line_total) })
  }
  const voucherRefunds: RefundRow[] = cartId
    ? vouchers.flatMap((voucher) =>
        standingRefunds(voucher.entries.filter((entry) => entry.reference === cartId))
          .map((entry) => ({
            key: entry.id,
            source: "voucher" as const,
            label: voucher.scheme.name,
            providerId: null,
            amount: entry.amount,
            date: entry.created_at,
          }))
      )
    : []
  const cardRefunds: RefundRow[] = payments.flatMap((payment) =>
    (payment.refunds ?? []).map((refund) => ({
      key: refund.id,
      source: "card" as const,
      label: null,
      providerId: payment.provider_id,
      amount: Number(refund.amount),
      date: new Date(refund.created_at).toISOString(),
    }))
  )
  const refunds = [...voucherRefunds, ...cardRefunds].sort((a, b) => a.date.localeCompare(b.date))
  const voucherPaid = parts.filter((p) => p.source === "voucher").reduce((sum, p) => sum + p.amount, 0)
  return {
    cost: round(Number(order.total ?? 0) + voucherPaid),
    parts,
    refunds,
    refunded: round(refunds.reduce((sum, r) => sum + r.amount, 0)),
  }
}
