/** Amounts are euros with cents; every computation rounds to the cent so sums stay exact. */
export function toCents(amount: number | string): number {
  return Math.round(Number(amount) * 100)
}

export function fromCents(cents: number): number {
  return cents / 100
}

/** No single grant, hold, refund or adjustment is larger than this (euros): a typo, not a welfare measure. */
export const MAX_AMOUNT = 100_000

/** A positive amount in whole cents, at most MAX_AMOUNT. */
export function isValidAmount(amount: unknown): amount is number {
  return (
    typeof amount === "number" &&
    Number.isFinite(amount) &&
    amount > 0 &&
    amount <= MAX_AMOUNT &&
    Math.abs(amount * 100 - Math.round(amount * 100)) < 1e-6
  )
}
