import { computeCover, CoverItem } from "../eligibility"
import { parseAssignmentsCsv } from "../csv"

const item = (id: string, total: number, categories: string[], extra: Partial<CoverItem> = {}): CoverItem => ({
  id,
  title: id,
  variant_id: `variant_${id}`,
  product_id: `prod_${id}`,
  total,
  category_handles: categories,
  cooperative_handle: "coop-a",
  ...extra,
})

const scheme = { care_areas: ["silvercare", "familycare"], cooperative_handles: null, product_ids: null }

describe("computeCover", () => {
  it("pays only eligible lines, up to the balance", () => {
    const cover = computeCover({
      items: [item("a", 40, ["silvercare"]), item("b", 30, ["youcare"]), item("c", 25.5, ["assistenza", "familycare"])],
      scheme,
      balance: 50,
      remaining_total: 95.5,
    })
    expect(cover.amount).toBe(50)
    expect(cover.allocations).toEqual({ a: 40, c: 10 })
    expect(cover.lines.map((l) => l.eligible)).toEqual([true, false, true])
  })

  it("leaves what other vouchers already pay, and never more than the cart's remaining total", () => {
    const cover = computeCover({
      items: [item("a", 40, ["silvercare"])],
      scheme,
      balance: 100,
      remaining_total: 15,
      taken: { a: 25 },
    })
    expect(cover).toMatchObject({ amount: 15, allocations: { a: 15 } })
  })

  it("honours the scheme's cooperative and product restrictions", () => {
    const items = [item("a", 40, ["silvercare"]), item("b", 40, ["silvercare"], { cooperative_handle: "coop-b" })]
    expect(computeCover({ items, scheme: { ...scheme, cooperative_handles: ["coop-b"] }, balance: 100, remaining_total: 80 }).allocations).toEqual({ b: 40 })
    expect(computeCover({ items, scheme: { ...scheme, product_ids: ["prod_a"] }, balance: 100, remaining_total: 80 }).allocations).toEqual({ a: 40 })
  })
})

describe("parseAssignmentsCsv", () => {
  it("reads commas or semicolons, decimal commas, quotes, and numbers rows as in the file", () => {
    const rows = parseAssignmentsCsv('\uFEFFemail;amount;valid_until\r\nmaria@example.org;"150,50";2026-12-31\r\n\r\nluca@example.org;abc;')
    expect(rows).toEqual([
      { row: 2, email: "maria@example.org", customer_id: undefined, amount: 150.5, valid_until: "2026-12-31" },
      { row: 4, email: "luca@example.org", customer_id: undefined, amount: "abc", valid_until: null },
    ])
  })
})
