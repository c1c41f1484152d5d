import { MedusaError } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { refuse } from "../../../lib/errors"
import type { Locale } from "../../../lib/messages"
import type { LedgerReasonCode } from "../../../types"
import { fromCents, toCents } from "../../../lib/money"
import {
  assertSpendable,
  inTransaction,
  insertEntry,
  LedgerResult,
  lockVoucher,
  moveBalance,
  onLockedVoucher,
  raw,
  reExpireIfExpired,
  referenceState,
  requireAmount,
  toEntry,
} from "./locked-movement"

export type HoldInput = {
  voucher_id: string
  amount: number
  reference: string
  idempotency_key: string
  /** When given, the voucher must belong to this customer. */
  customer_id?: string
  metadata?: Record<string, unknown>
  locale?: Locale
}

/** Reserves value for a payment: refused when the voucher is not spendable or the balance is short. */
export async function hold(knex: Knex, input: HoldInput): Promise<LedgerResult> {
  const cents = requireAmount(input.amount, input.locale)
  return onLockedVoucher(knex, input.voucher_id, input.idempotency_key, input.locale, async (trx, voucher) => {
    if (input.customer_id && voucher.customer_id !== input.customer_id) {
      refuse(MedusaError.Types.NOT_ALLOWED, "voucher_not_yours", input.locale)
    }
    assertSpendable(voucher, input.locale)
    if (!(await moveBalance(trx, voucher.id, -cents))) {
      refuse(MedusaError.Types.NOT_ALLOWED, "not_enough_balance", input.locale)
    }
    const entry = await insertEntry(trx, {
      voucher_id: voucher.id,
      kind: "hold",
      amount_cents: -cents,
      reference: input.reference,
      idempotency_key: input.idempotency_key,
      metadata: input.metadata,
    })
    return { entry, replayed: false }
  }) as Promise<LedgerResult>
}

export type ReferenceHoldInput = Omit<HoldInput, "idempotency_key">

/**
 * Holds `amount` for a reference (a cart) once: while a hold of that amount stands, a
 * retry answers with it; a hold released since (a failed completion) is taken anew; a
 * standing hold of another amount (the cart changed after a crash) is released and retaken.
 */
export async function holdForReference(knex: Knex, input: ReferenceHoldInput): Promise<LedgerResult> {
  const cents = requireAmount(input.amount, input.locale)
  return knex.transaction(async (trx) => {
    const voucher = await lockVoucher(trx, input.voucher_id, input.locale)
    const state = await referenceState(trx, voucher.id, input.reference)
    const { rows: holds } = await trx.raw(
      `SELECT * FROM voucher_ledger_entry WHERE voucher_id = ? AND reference = ? AND kind = 'hold'
        ORDER BY created_at DESC, id DESC`,
      [voucher.id, input.reference]
    )
    if (state.outstanding === cents && holds[0]) {
      return { entry: toEntry(holds[0]), replayed: true }
    }
    const attempt = `${input.reference}:${voucher.id}:${holds.length + 1}`
    if (state.outstanding > 0) {
      await moveBalance(trx, voucher.id, state.outstanding)
      await insertEntry(trx, {
        voucher_id: voucher.id,
        kind: "release",
        amount_cents: state.outstanding,
        reference: input.reference,
        idempotency_key: `release:${attempt}`,
        metadata: { replaced_by: `hold:${attempt}` },
      })
    }
    if (input.customer_id && voucher.customer_id !== input.customer_id) {
      refuse(MedusaError.Types.NOT_ALLOWED, "voucher_not_yours", input.locale)
    }
    assertSpendable(voucher, input.locale)
    if (!(await moveBalance(trx, voucher.id, -cents))) {
      refuse(MedusaError.Types.NOT_ALLOWED, "not_enough_balance", input.locale)
    }
    const entry = await insertEntry(trx, {
      voucher_id: voucher.id,
      kind: "hold",
      amount_cents: -cents,
      reference: input.reference,
      idempotency_key: `hold:${attempt}`,
      metadata: input.metadata,
    })
    return { entry, replayed: false }
  })
}

/** The vouchers with value still held under a reference, and how much. */
export async function outstandingHolds(knex: Knex, reference: string) {
  const { rows } = await knex.raw(
    `SELECT DISTINCT voucher_id FROM voucher_ledger_entry WHERE reference = ? AND kind = 'hold'`,
    [reference]
  )
  const result: { voucher_id: string; amount: number }[] = []
  for (const { voucher_id } of rows as { voucher_id: string }[]) {
    const state = await referenceState(knex, voucher_id, reference)
    if (state.outstanding > 0) {
      result.push({ voucher_id, amount: fromCents(state.outstanding) })
    }
  }
  return result
}

/** References (carts) with value held longer than `minutes` ago, for the reconciliation job. */
export async function staleHoldReferences(knex: Knex, minutes: number): Promise<string[]> {
  const { rows } = await knex.raw(
    `SELECT h.reference FROM voucher_ledger_entry h
      WHERE h.kind = 'hold' AND h.reference IS NOT NULL AND h.created_at < now() - (? || ' minutes')::interval
      GROUP BY h.reference
     HAVING SUM(h.amount) + COALESCE((SELECT SUM(CASE WHEN o.kind = 'release' THEN o.amount
                                                      ELSE (o.metadata->>'captured')::numeric END)
                                        FROM voucher_ledger_entry o
                                       WHERE o.reference = h.reference AND o.kind IN ('release', 'capture')), 0) < 0`,
    [String(minutes)]
  )
  return rows.map((r: { reference: string }) => r.reference)
}

export type SettleInput = {
  voucher_id: string
  reference: string
  idempotency_key: string
  /** Defaults to everything still on hold under the reference. */
  amount?: number
  metadata?: Record<string, unknown>
  locale?: Locale
}

/** Commits held value (the money is spent); moves no balance. Null when nothing is held any more. */
export async function capture(knex: Knex, input: SettleInput): Promise<LedgerResult | null> {
  return onLockedVoucher(knex, input.voucher_id, input.idempotency_key, input.locale, async (trx) => {
    const state = await referenceState(trx, input.voucher_id, input.reference)
    const cents = input.amount === undefined ? state.outstanding : requireAmount(input.amount, input.locale)
    if (state.outstanding <= 0 || cents > state.outstanding) {
      refuse(MedusaError.Types.NOT_ALLOWED, "nothing_held", input.locale)
    }
    const entry = await insertEntry(trx, {
      voucher_id: input.voucher_id,
      kind: "capture",
      amount_cents: 0,
      reference: input.reference,
      idempotency_key: input.idempotency_key,
      metadata: { ...input.metadata, captured: fromCents(cents) },
    })
    return { entry, replayed: false }
  }) as Promise<LedgerResult>
}

/** Gives held value back to the balance (payment canceled, checkout failed). Null when nothing is held. */
export async function release(knex: Knex, input: SettleInput): Promise<LedgerResult | null> {
  return onLockedVoucher(knex, input.voucher_id, input.idempotency_key, input.locale, async (trx, voucher) => {
    const state = await referenceState(trx, input.voucher_id, input.reference)
    const cents = input.amount === undefined ? state.outstanding : requireAmount(input.amount, input.locale)
    if (state.outstanding <= 0) {
      return null
    }
    if (cents > state.outstanding) {
      refuse(MedusaError.Types.NOT_ALLOWED, "release_exceeds_held", input.locale)
    }
    await moveBalance(trx, input.voucher_id, cents)
    const entry = await insertEntry(trx, {
      voucher_id: input.voucher_id,
      kind: "release",
      amount_cents: cents,
      reference: input.reference,
      idempotency_key: input.idempotency_key,
      metadata: input.metadata,
    })
    await reExpireIfExpired(trx, voucher, cents, input.idempotency_key)
    return { entry, replayed: false }
  }) as Promise<LedgerResult | null>
}

export type RefundInput = SettleInput & {
  amount: number
  actor_id?: string | null
  /** The operator's reason, or a system reason code. */
  reason?: string | null
  reason_code?: LedgerReasonCode | null
}

/** Entries written under one refund key: the first attempt has the key, later ones `key#n`. */
async function refundAttempts(trx: Knex.Transaction, voucherId: string, key: string) {
  const { rows } = await trx.raw(
    `SELECT e.*, EXISTS (SELECT 1 FROM voucher_ledger_entry r WHERE r.idempotency_key = 'reversal:' || e.idempotency_key)
              AS reversed
       FROM voucher_ledger_entry e
      WHERE e.voucher_id = ? AND e.kind = 'refund' AND (e.idempotency_key = ? OR starts_with(e.idempotency_key, ?))
      ORDER BY e.created_at, e.id`,
    [voucherId, key, `${key}#`]
  )
  return rows as (Record<string, any> & { reversed: boolean })[]
}

/**
 * Returns captured value to the voucher; never more than was captured under the reference.
 * A retried key answers with its refund, unless that refund was reversed (its card part
 * failed): then the retry refunds again, as a new attempt.
 */
export async function refund(knex: Knex, input: RefundInput): Promise<LedgerResult> {
  const cents = requireAmount(input.amount, input.locale)
  return inTransaction(knex, input.idempotency_key, async (trx) => {
    const voucher = await lockVoucher(trx, input.voucher_id, input.locale)
    const attempts = await refundAttempts(trx, voucher.id, input.idempotency_key)
    const standing = attempts.find((a) => !a.reversed)
    if (standing) {
      return { entry: toEntry(standing), replayed: true }
    }
    const state = await referenceState(trx, input.voucher_id, input.reference)
    if (cents > state.captured - state.refunded) {
      refuse(MedusaError.Types.NOT_ALLOWED, "refund_exceeds_captured", input.locale)
    }
    await moveBalance(trx, input.voucher_id, cents)
    const entry = await insertEntry(trx, {
      voucher_id: input.voucher_id,
      kind: "refund",
      amount_cents: cents,
      reference: input.reference,
      idempotency_key: attempts.length ? `${input.idempotency_key}#${attempts.length + 1}` : input.idempotency_key,
      actor_id: input.actor_id,
      reason: input.reason,
      reason_code: input.reason_code,
      metadata: input.metadata,
    })
    await reExpireIfExpired(trx, voucher, cents, entry.idempotency_key)
    return { entry, replayed: false }
  }) as Promise<LedgerResult>
}

/**
 * Takes back the standing refund written under a key (its card part failed), so the
 * voucher is exactly as before: the refund stays in the history, cancelled by this entry.
 */
export async function reverseRefund(
  knex: Knex,
  input: { voucher_id: string; idempotency_key: string; reason_code: LedgerReasonCode }
): Promise<LedgerResult | null> {
  return knex.transaction(async (trx) => {
    const voucher = await lockVoucher(trx, input.voucher_id)
    const standing = (await refundAttempts(trx, voucher.id, input.idempotency_key)).find((a) => !a.reversed)
    if (!standing) {
      return null
    }
    const cents = toCents(standing.amount)
    // Value that came back to an expired voucher was written off at once: nothing to take back twice.
    const { rows: writeOffs } = await trx.raw(
      `SELECT amount FROM voucher_ledger_entry WHERE idempotency_key = ?`,
      [`${standing.idempotency_key}:expiry`]
    )
    const back = cents + (writeOffs[0] ? toCents(writeOffs[0].amount) : 0)
    if (back > 0 && !(await moveBalance(trx, voucher.id, -back))) {
      refuse(MedusaError.Types.NOT_ALLOWED, "not_enough_balance")
    }
    const entry = await insertEntry(trx, {
      voucher_id: voucher.id,
      kind: "reversal",
      amount_cents: -back,
      reference: standing.reference,
      idempotency_key: `reversal:${standing.idempotency_key}`,
      reason_code: input.reason_code,
      metadata: { reverses: standing.id, refunded: fromCents(cents) },
    })
    return { entry, replayed: false }
  })
}

export type AdjustInput = {
  voucher_id: string
  /** Signed: positive adds value, negative removes it (never below zero). */
  amount: number
  reason: string
  actor_id: string
  idempotency_key: string
  locale?: Locale
}

/** A manual correction by an operator, always with the operator and the reason recorded. */
export async function adjust(knex: Knex, input: AdjustInput): Promise<LedgerResult> {
  const cents = requireAmount(Math.abs(input.amount), input.locale) * Math.sign(input.amount)
  if (!input.reason?.trim()) {
    refuse(MedusaError.Types.INVALID_DATA, "reason_required", input.locale)
  }
  const result = (await onLockedVoucher(knex, input.voucher_id, input.idempotency_key, input.locale, async (trx, voucher) => {
    if (voucher.status === "expired") {
      refuse(MedusaError.Types.NOT_ALLOWED, "voucher_expired", input.locale)
    }
    if (!(await moveBalance(trx, voucher.id, cents))) {
      refuse(MedusaError.Types.NOT_ALLOWED, "not_enough_balance", input.locale)
    }
    const entry = await insertEntry(trx, {
      voucher_id: voucher.id,
      kind: "adjustment",
      amount_cents: cents,
      idempotency_key: input.idempotency_key,
      actor_id: input.actor_id,
      reason: input.reason.trim(),
    })
    return { entry, replayed: false }
  })) as LedgerResult
  // A key replayed with another body is a different operation, not a retry.
  if (result.replayed && (toCents(result.entry.amount) !== cents || result.entry.reason !== input.reason.trim())) {
    refuse(MedusaError.Types.CONFLICT, "idempotency_key_reused", input.locale)
  }
  return result
}

/** Writes off what is left of a voucher past its date; running it twice changes nothing. */
export async function expire(knex: Knex, voucherId: string): Promise<LedgerResult | null> {
  const key = `expiry:${voucherId}`
  return onLockedVoucher(knex, voucherId, key, undefined, async (trx, voucher) => {
    const cents = toCents(voucher.balance)
    await trx.raw(
      `UPDATE voucher SET balance = 0, raw_balance = ?::jsonb, status = 'expired', updated_at = now() WHERE id = ?`,
      [raw(0), voucherId]
    )
    const entry = await insertEntry(trx, {
      voucher_id: voucherId,
      kind: "expiry",
      amount_cents: -cents,
      idempotency_key: key,
      reason_code: "voucher_expiry",
    })
    return { entry, replayed: false }
  }) as Promise<LedgerResult>
}
