import { spendingProblem } from "../voucher-rules"
import { orderLinesByCartLine } from "../../workflows/checkout-holds"

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
