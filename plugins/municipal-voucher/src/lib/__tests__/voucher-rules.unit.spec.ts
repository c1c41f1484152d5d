import { assignmentProblems } from "../assignment-rules"
import { parseOperatorDate } from "../dates"
import { lineVoucherShares, unrefundedVoucherValue } from "../line-shares"
import { spendingProblem } from "../voucher-rules"
import { orderLinesByCartLine } from "../../workflows/checkout/cart-holds"

const DAY = 24 * 3600 * 1000
const now = new Date("2026-12-07T12:00:00Z")
const voucher = (over: Record<string, unknown> = {}, scheme: Record<string, unknown> = {}) => ({
  status: "active",
  valid_until: new Date(now.getTime() + DAY),
  currency_code: "eur",
  scheme: { status: "active", starts_at: new Date(now.getTime() - DAY), currency_code: "eur", ...scheme },
  ...over,
})

describe("spendingProblem", () => {
  it("lets an active voucher of a running scheme pay in its currency", () => {
    expect(spendingProblem(voucher(), now, "eur")).toBeNull()
    expect(spendingProblem(voucher(), now, "EUR")).toBeNull()
  })

  it.each([
    ["suspended", voucher({ status: "suspended" }), "voucher_suspended"],
    ["expired by status", voucher({ status: "expired" }), "voucher_expired"],
    ["past its date", voucher({ valid_until: new Date(now.getTime() - 1) }), "voucher_expired"],
    ["scheme closed", voucher({}, { status: "closed" }), "scheme_closed_for_spending"],
    ["scheme not started", voucher({}, { starts_at: new Date(now.getTime() + 1) }), "scheme_not_started"],
  ])("refuses a voucher %s", (_name, state, code) => {
    expect(spendingProblem(state, now, "eur")).toBe(code)
  })

  it("refuses a cart in another currency", () => {
    expect(spendingProblem(voucher(), now, "usd")).toBe("currency_mismatch")
  })
})

describe("orderLinesByCartLine", () => {
  const line = (id: string, variant: string, metadata: Record<string, unknown> | null = null) => ({
    id,
    variant_id: variant,
    quantity: 1,
    unit_price: 40,
    metadata,
  })

  it("follows the cart line id Medusa copied into the order line's metadata", () => {
    const cart = [line("cali_1", "var_a"), line("cali_2", "var_a")]
    const order = [line("ordli_2", "var_a", { cart_line_item_id: "cali_2" }), line("ordli_1", "var_a", { cart_line_item_id: "cali_1" })]
    expect(orderLinesByCartLine(cart, order)).toEqual({ cali_1: "ordli_1", cali_2: "ordli_2" })
  })

  it("pairs unmarked lines one to one, never two cart lines on one order line", () => {
    const cart = [line("cali_1", "var_a"), line("cali_2", "var_a"), line("cali_3", "var_b")]
    const order = [line("ordli_1", "var_a"), line("ordli_2", "var_a"), line("ordli_3", "var_b")]
    const map = orderLinesByCartLine(cart, order)
    expect(new Set(Object.values(map)).size).toBe(3)
    expect(map.cali_3).toBe("ordli_3")
  })
})

describe("parseOperatorDate", () => {
  it("reads a bare day as that whole day in Italy, summer and winter", () => {
    expect(parseOperatorDate("2026-12-31", "end")!.toISOString()).toBe("2026-12-31T22:59:59.999Z")
    expect(parseOperatorDate("2026-12-31", "start")!.toISOString()).toBe("2026-12-30T23:00:00.000Z")
    expect(parseOperatorDate("2026-07-01", "end")!.toISOString()).toBe("2026-07-01T21:59:59.999Z")
  })

  it("keeps a full timestamp and refuses what is not a date", () => {
    expect(parseOperatorDate("2026-07-01T10:00:00Z", "end")!.toISOString()).toBe("2026-07-01T10:00:00.000Z")
    expect(parseOperatorDate("2026-02-30", "end")).toBeNull()
    expect(parseOperatorDate("domani", "end")).toBeNull()
  })
})

describe("line shares", () => {
  const entry = (kind: string, voucher_id: string, amount: number, idempotency_key: string, metadata = {}) => ({
    kind,
    voucher_id,
    amount,
    idempotency_key,
    metadata,
  })
  const captures = [
    entry("capture", "vou_a", 0, "capture:a", { captured: 60, allocations: { ordli_1: 40, ordli_2: 20 } }),
    entry("capture", "vou_b", 0, "capture:b", { captured: 10, allocations: { ordli_2: 10 } }),
  ]

  it("gives each voucher its own share of a line, less the line's refunds", () => {
    const refunds = [entry("refund", "vou_a", 5, "line-refund:k:vou_a", { order_item_id: "ordli_2" })]
    const { paid, refundable } = lineVoucherShares([...captures, ...refunds], "ordli_2")
    expect(Object.fromEntries(paid)).toEqual({ vou_a: 2000, vou_b: 1000 })
    expect(Object.fromEntries(refundable)).toEqual({ vou_a: 1500, vou_b: 1000 })
  })

  it("ignores a refund taken back by a reversal", () => {
    const entries = [
      ...captures,
      entry("refund", "vou_a", 20, "line-refund:k:vou_a", { order_item_id: "ordli_2" }),
      entry("reversal", "vou_a", -20, "reversal:line-refund:k:vou_a", { refunded: 20 }),
    ]
    expect(Object.fromEntries(lineVoucherShares(entries, "ordli_2").refundable)).toEqual({ vou_a: 2000, vou_b: 1000 })
    expect(Object.fromEntries(unrefundedVoucherValue(entries))).toEqual({ vou_a: 6000, vou_b: 1000 })
  })
})

describe("assignmentProblems", () => {
  const scheme = { status: "active", ends_at: new Date(now.getTime() + 30 * DAY), max_per_citizen: 300 }
  const base = { scheme, amount_cents: 10000, granted_cents: 0, valid_until: new Date(now.getTime() + DAY), now }

  it("accepts a grant within the window and the maximum", () => {
    expect(assignmentProblems(base)).toEqual([])
    expect(assignmentProblems({ ...base, granted_cents: 20000 })).toEqual([])
  })

  it("names every broken limit", () => {
    expect(assignmentProblems({ ...base, granted_cents: 20001 })).toEqual(["max_per_citizen_exceeded"])
    expect(assignmentProblems({ ...base, valid_until: new Date(now.getTime() + 31 * DAY) })).toEqual(["scheme_outside_window"])
    expect(assignmentProblems({ ...base, valid_until: new Date(now.getTime() - 1) })).toEqual(["scheme_outside_window"])
    expect(assignmentProblems({ ...base, scheme: { ...scheme, status: "closed", max_per_citizen: null } })).toEqual(["scheme_closed"])
  })
})
