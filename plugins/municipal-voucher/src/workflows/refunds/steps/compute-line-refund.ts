import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { Locale } from "../../../lib/messages"
import { fromCents, toCents } from "../../../lib/money"
import { MUNICIPAL_VOUCHER_MODULE } from "../../../modules/municipal-voucher"
import type MunicipalVoucherModuleService from "../../../modules/municipal-voucher/service"
import { captureCartVouchers } from "../../checkout/cart-holds"
import { refuse } from "../../../lib/errors"
import { lineVoucherShares, standingEntries } from "../../../lib/line-shares"

export type ComputeLineRefundStepInput = {
  order_id: string
  item_id: string
  amount: number
  idempotency_key: string
  locale?: Locale
}

export type LineRefundPlan = {
  replayed: boolean
  cart_id: string | null
  vouchers: { voucher_id: string; amount: number }[]
  card: { payment_id: string; amount: number } | null
}

export const computeLineRefundStepId = "compute-line-refund"

/** The card refunds of a line carry this note, so the line's card share and a retried refund can be recognised. */
export const lineRefundNote = (itemId: string, key: string) => `line:${itemId}:${key}`

type Order = {
  id: string
  items?: { id: string; total?: unknown; unit_price: unknown; quantity: unknown }[]
  payment_collections?: {
    payments?: {
      id: string
      provider_id: string
      captures?: { amount: unknown }[]
      refunds?: { amount: unknown; note: string | null }[]
    }[]
  }[]
}

/**
 * Splits the refund of an order line between what paid for it: the vouchers first, up
 * to their share of the line still unrefunded, then the card. Refuses more than the line has left.
 */
export const computeLineRefundStep = createStep(
  computeLineRefundStepId,
  async (input: ComputeLineRefundStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const service: MunicipalVoucherModuleService = container.resolve(MUNICIPAL_VOUCHER_MODULE)
    const [{ data: orders }, { data: links }] = await Promise.all([
      query.graph({
        entity: "order",
        fields: [
          "id",
          "total",
          "items.id",
          "items.total",
          "items.unit_price",
          "items.quantity",
          "payment_collections.payments.id",
          "payment_collections.payments.provider_id",
          "payment_collections.payments.captures.amount",
          "payment_collections.payments.refunds.amount",
          "payment_collections.payments.refunds.note",
        ],
        filters: { id: input.order_id },
      }),
      query.graph({ entity: "order_cart", fields: ["cart_id"], filters: { order_id: input.order_id } }),
    ])
    const order = orders[0] as Order | undefined
    if (!order) {
      refuse(MedusaError.Types.NOT_FOUND, "order_not_found", input.locale)
    }
    const item = order.items?.find((i) => i.id === input.item_id)
    if (!item) {
      refuse(MedusaError.Types.NOT_FOUND, "order_item_not_found", input.locale)
    }
    const cartId = (links[0] as { cart_id?: string } | undefined)?.cart_id ?? null
    if (cartId) {
      // An order refunded before its order.placed capture ran: capture first (idempotent).
      await captureCartVouchers(container, { cart_id: cartId, order_id: order.id })
    }
    const payments = (order.payment_collections ?? []).flatMap((c) => c.payments ?? [])
    // The order's captured payment: a card, or a voucher used alone as a payment session
    // (its refund goes back to that voucher through the provider).
    const cardPayment = payments.find((p) => (p.captures ?? []).length)
    const cardRefunds = payments.flatMap((p) => p.refunds ?? [])
    const sum = (amounts: { amount: unknown }[]) => amounts.reduce((total, a) => total + toCents(Number(a.amount)), 0)
    // Refunds made through Medusa's stock route have no line: they still use up what the card can give back.
    const cardLeft = cardPayment ? sum(cardPayment.captures ?? []) - sum(cardPayment.refunds ?? []) : 0

    const entries = cartId ? await service.listVoucherLedgerEntries({ reference: cartId }) : []
    const replayed =
      standingEntries(entries).some(
        (e) => e.kind === "refund" && e.idempotency_key.startsWith(`line-refund:${input.idempotency_key}:`)
      ) || cardRefunds.some((r) => r.note === lineRefundNote(input.item_id, input.idempotency_key))
    if (replayed) {
      return new StepResponse<LineRefundPlan>({ replayed: true, cart_id: cartId, vouchers: [], card: null })
    }

    const { paid, refundable: vouchers } = lineVoucherShares(entries, input.item_id)
    const voucherShare = [...vouchers.values()].reduce((a, b) => a + b, 0)
    const allocated = [...paid.values()].reduce((a, b) => a + b, 0)
    const cardRefunded = cardRefunds
      .filter((r) => r.note?.startsWith(`line:${input.item_id}:`))
      .reduce((sum, r) => sum + toCents(Number(r.amount)), 0)
    // Order line totals are computed only on some reads; a line without discounts is worth price × quantity.
    const lineTotal = item.total !== undefined ? Number(item.total) : Number(item.unit_price) * Number(item.quantity)
    const cardShare = cardPayment ? Math.min(toCents(lineTotal) - allocated - cardRefunded, cardLeft) : 0

    let left = toCents(input.amount)
    if (left > voucherShare + Math.max(0, cardShare)) {
      refuse(MedusaError.Types.NOT_ALLOWED, "refund_exceeds_line", input.locale)
    }
    const plan: LineRefundPlan = { replayed: false, cart_id: cartId, vouchers: [], card: null }
    for (const [voucherId, share] of vouchers) {
      const part = Math.min(share, left)
      if (part > 0) {
        plan.vouchers.push({ voucher_id: voucherId, amount: fromCents(part) })
        left -= part
      }
    }
    if (left > 0 && cardPayment) {
      plan.card = { payment_id: cardPayment.id, amount: fromCents(left) }
    }
    return new StepResponse(plan)
  }
)
