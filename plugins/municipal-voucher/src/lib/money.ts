/** Amounts are euros with cents; every computation rounds to the cent so sums stay exact. */
export function toCents(amount: number | string): number {
  return Math.round(Number(amount) * 100)
}

export function fromCents(cents: number): number {
  return cents / 100
}

export function isValidAmount(amount: unknown): amount is number {
  return (
    typeof amount === "number" &&
    Number.isFinite(amount) &&
    amount > 0 &&
    Math.abs(amount * 100 - Math.round(amount * 100)) < 1e-6
  )
}
