import type { VoucherMessageCode } from "./messages"
import { toCents } from "./money"

/** What the assignment rule needs of a scheme. */
export type AssignableScheme = {
  status: string
  ends_at: Date | string
  max_per_citizen: number | string | null
}

/**
 * Why a grant cannot be made under a scheme, or an empty list: the scheme is closed, the
 * voucher's expiry falls after the scheme's end or already passed, or the citizen would
 * get more than the scheme's maximum (counting what they already hold). Used by the
 * row-by-row report before anything is written and by the ledger when it writes.
 */
export function assignmentProblems(input: {
  scheme: AssignableScheme
  amount_cents: number
  /** What the citizen already received under the scheme, this grant excluded. */
  granted_cents: number
  valid_until: Date
  now?: Date
}): VoucherMessageCode[] {
  const now = input.now ?? new Date()
  const problems: VoucherMessageCode[] = []
  if (input.scheme.status !== "active") {
    problems.push("scheme_closed")
  }
  const until = input.valid_until.getTime()
  if (Number.isNaN(until) || until > new Date(input.scheme.ends_at).getTime() || until <= now.getTime()) {
    problems.push("scheme_outside_window")
  }
  if (
    input.scheme.max_per_citizen !== null &&
    input.granted_cents + input.amount_cents > toCents(input.scheme.max_per_citizen)
  ) {
    problems.push("max_per_citizen_exceeded")
  }
  return problems
}
