import { generateEntityId, MedusaError } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { refuse } from "../../../lib/errors"
import type { Locale } from "../../../lib/messages"
import { fromCents, isValidAmount, toCents } from "../../../lib/money"
import { spendingProblem } from "../../../lib/voucher-rules"

/**
 * The voucher ledger. Every function here runs in one database transaction that
 * first locks the voucher row (SELECT ... FOR UPDATE), so operations on one voucher
 * are serialised; balance changes are conditional UPDATEs guarded by the
 * `voucher_balance_not_negative` CHECK; idempotency keys are UNIQUE, and a retried
 * operation returns the entry it wrote the first time instead of moving value again.
 */

import type { LedgerKind, LedgerReasonCode } from "../../../types"

export type { LedgerKind }

export type LedgerEntry = {
  id: string
  voucher_id: string
  kind: LedgerKind
  amount: number
  reference: string | null
  idempotency_key: string
  actor_id: string | null
  reason: string | null
  reason_code: LedgerReasonCode | null
  metadata: Record<string, unknown> | null
  created_at: Date
}

export type LedgerResult = { entry: LedgerEntry; replayed: boolean }

export type VoucherRow = {
  id: string
  customer_id: string
  status: "active" | "suspended" | "expired" | "exhausted"
  balance: string
  valid_until: Date
  scheme_id: string
  currency_code: string
  scheme: { status: string; starts_at: Date; currency_code: string }
}


export function raw(cents: number) {
  return JSON.stringify({ value: fromCents(cents).toFixed(2), precision: 20 })
}

export function toEntry(row: Record<string, any>): LedgerEntry {
  return { ...row, amount: Number(row.amount) } as LedgerEntry
}

export async function lockVoucher(trx: Knex.Transaction, id: string, locale?: Locale): Promise<VoucherRow> {
  const { rows } = await trx.raw(
    `SELECT v.id, v.customer_id, v.status, v.balance, v.valid_until, v.scheme_id, v.currency_code,
            json_build_object('status', s.status, 'starts_at', s.starts_at, 'currency_code', s.currency_code) AS scheme
       FROM voucher v JOIN voucher_scheme s ON s.id = v.scheme_id
      WHERE v.id = ? AND v.deleted_at IS NULL FOR UPDATE OF v`,
    [id]
  )
  if (!rows[0]) {
    refuse(MedusaError.Types.NOT_FOUND, "voucher_not_found", locale)
  }
  return rows[0]
}

export async function findByKey(trx: Knex.Transaction, key: string): Promise<LedgerEntry | undefined> {
  const { rows } = await trx.raw(`SELECT * FROM voucher_ledger_entry WHERE idempotency_key = ?`, [key])
  return rows[0] ? toEntry(rows[0]) : undefined
}

/**
 * Moves the balance by `deltaCents` unless that would take it below zero; returns false
 * when refused. Keeps `exhausted` in step with a zero balance.
 */
export async function moveBalance(trx: Knex.Transaction, voucherId: string, deltaCents: number) {
  const delta = fromCents(deltaCents).toFixed(2)
  const { rows } = await trx.raw(
    `UPDATE voucher
        SET balance = balance + ?::numeric,
            raw_balance = jsonb_build_object('value', (balance + ?::numeric)::text, 'precision', 20),
            status = CASE
              WHEN status = 'active' AND balance + ?::numeric = 0 THEN 'exhausted'
              WHEN status = 'exhausted' AND balance + ?::numeric > 0 THEN 'active'
              ELSE status END,
            updated_at = now()
      WHERE id = ? AND balance + ?::numeric >= 0
      RETURNING balance`,
    [delta, delta, delta, delta, voucherId, delta]
  )
  return rows.length === 1
}

export type EntryInput = {
  voucher_id: string
  kind: LedgerKind
  amount_cents: number
  reference?: string | null
  idempotency_key: string
  actor_id?: string | null
  reason?: string | null
  reason_code?: LedgerReasonCode | null
  metadata?: Record<string, unknown> | null
}

export async function insertEntry(trx: Knex.Transaction, input: EntryInput): Promise<LedgerEntry> {
  const { rows } = await trx.raw(
    `INSERT INTO voucher_ledger_entry
       (id, voucher_id, kind, amount, raw_amount, reference, idempotency_key, actor_id, reason, reason_code, metadata)
     VALUES (?, ?, ?, ?::numeric, ?::jsonb, ?, ?, ?, ?, ?, ?::jsonb)
     RETURNING *`,
    [
      generateEntityId(undefined, "vle"),
      input.voucher_id,
      input.kind,
      fromCents(input.amount_cents).toFixed(2),
      raw(input.amount_cents),
      input.reference ?? null,
      input.idempotency_key,
      input.actor_id ?? null,
      input.reason ?? null,
      input.reason_code ?? null,
      input.metadata ? JSON.stringify(input.metadata) : null,
    ]
  )
  return toEntry(rows[0])
}

export function requireAmount(amount: unknown, locale?: Locale): number {
  if (!isValidAmount(amount)) {
    refuse(MedusaError.Types.INVALID_DATA, "amount_invalid", locale)
  }
  return toCents(amount)
}

export function assertSpendable(voucher: VoucherRow, locale?: Locale) {
  const problem = spendingProblem(voucher)
  if (problem) {
    refuse(MedusaError.Types.NOT_ALLOWED, problem, locale)
  }
}

/** What happened so far to the value moved under one reference (a cart or payment), in cents. */
export async function referenceState(trx: Knex | Knex.Transaction, voucherId: string, reference: string) {
  const { rows } = await trx.raw(
    `SELECT kind, amount, metadata FROM voucher_ledger_entry WHERE voucher_id = ? AND reference = ?`,
    [voucherId, reference]
  )
  let held = 0
  let released = 0
  let captured = 0
  let refunded = 0
  for (const row of rows as { kind: LedgerKind; amount: string; metadata: { captured?: number; refunded?: number } | null }[]) {
    const cents = toCents(row.amount)
    if (row.kind === "hold") held -= cents
    if (row.kind === "release") released += cents
    if (row.kind === "capture") captured += toCents(row.metadata?.captured ?? 0)
    if (row.kind === "refund") refunded += cents
    // A reversal undoes a refund whose card part failed: that refund counts as never made.
    if (row.kind === "reversal") refunded -= toCents(row.metadata?.refunded ?? 0)
  }
  return { outstanding: held - released - captured, captured, released, refunded }
}

export async function inTransaction<T>(
  knex: Knex,
  key: string,
  work: (trx: Knex.Transaction) => Promise<LedgerResult | T>
) {
  try {
    return await knex.transaction(work)
  } catch (error) {
    // A concurrent call with the same key committed first: answer with its entry.
    if ((error as { code?: string }).code === "23505") {
      const entry = await knex.transaction((trx) => findByKey(trx, key))
      if (entry) {
        return { entry, replayed: true }
      }
    }
    throw error
  }
}

/**
 * One ledger movement on one voucher: in a transaction, with the voucher row locked
 * first, and a retried idempotency key answered with the entry written the first time.
 */
export async function onLockedVoucher<T>(
  knex: Knex,
  voucherId: string,
  key: string,
  locale: Locale | undefined,
  work: (trx: Knex.Transaction, voucher: VoucherRow) => Promise<T>
) {
  return inTransaction(knex, key, async (trx) => {
    const voucher = await lockVoucher(trx, voucherId, locale)
    const existing = await findByKey(trx, key)
    if (existing) {
      return { entry: existing, replayed: true }
    }
    return work(trx, voucher)
  })
}

/**
 * Value coming back to an expired voucher (a late release or refund) cannot be spent:
 * it is written off again at once, in the same transaction, so the balance stays zero.
 */
export async function reExpireIfExpired(trx: Knex.Transaction, voucher: VoucherRow, cents: number, key: string) {
  if (voucher.status !== "expired" || cents <= 0) {
    return
  }
  await moveBalance(trx, voucher.id, -cents)
  await insertEntry(trx, {
    voucher_id: voucher.id,
    kind: "expiry",
    amount_cents: -cents,
    idempotency_key: `${key}:expiry`,
    reason_code: "expired_value_returned",
  })
}
