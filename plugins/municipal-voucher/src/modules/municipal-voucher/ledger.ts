import { generateEntityId, MedusaError } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { Locale, message, VoucherMessageCode } from "../../lib/messages"
import { fromCents, isValidAmount, toCents } from "../../lib/money"
import { spendingProblem } from "../../lib/voucher-rules"

/**
 * The voucher ledger. Every function here runs in one database transaction that
 * first locks the voucher row (SELECT ... FOR UPDATE), so operations on one voucher
 * are serialised; balance changes are conditional UPDATEs guarded by the
 * `voucher_balance_not_negative` CHECK; idempotency keys are UNIQUE, and a retried
 * operation returns the entry it wrote the first time instead of moving value again.
 */

export type LedgerKind = "grant" | "hold" | "capture" | "release" | "refund" | "reversal" | "expiry" | "adjustment"

export type LedgerEntry = {
  id: string
  voucher_id: string
  kind: LedgerKind
  amount: number
  reference: string | null
  idempotency_key: string
  actor_id: string | null
  reason: string | null
  metadata: Record<string, unknown> | null
  created_at: Date
}

export type LedgerResult = { entry: LedgerEntry; replayed: boolean }

type VoucherRow = {
  id: string
  customer_id: string
  status: "active" | "suspended" | "expired" | "exhausted"
  balance: string
  valid_until: Date
  scheme_id: string
  currency_code: string
  scheme: { status: string; starts_at: Date; currency_code: string }
}

function fail(type: string, code: VoucherMessageCode, locale?: Locale): never {
  const error = new MedusaError(type, message(code, locale))
  ;(error as MedusaError & { code?: string }).code = code
  throw error
}

function raw(cents: number) {
  return JSON.stringify({ value: fromCents(cents).toFixed(2), precision: 20 })
}

function toEntry(row: Record<string, any>): LedgerEntry {
  return { ...row, amount: Number(row.amount) } as LedgerEntry
}

async function lockVoucher(trx: Knex.Transaction, id: string, locale?: Locale): Promise<VoucherRow> {
  const { rows } = await trx.raw(
    `SELECT v.id, v.customer_id, v.status, v.balance, v.valid_until, v.scheme_id, v.currency_code,
            json_build_object('status', s.status, 'starts_at', s.starts_at, 'currency_code', s.currency_code) AS scheme
       FROM voucher v JOIN voucher_scheme s ON s.id = v.scheme_id
      WHERE v.id = ? AND v.deleted_at IS NULL FOR UPDATE OF v`,
    [id]
  )
  if (!rows[0]) {
    fail(MedusaError.Types.NOT_FOUND, "voucher_not_found", locale)
  }
  return rows[0]
}

async function findByKey(trx: Knex.Transaction, key: string): Promise<LedgerEntry | undefined> {
  const { rows } = await trx.raw(`SELECT * FROM voucher_ledger_entry WHERE idempotency_key = ?`, [key])
  return rows[0] ? toEntry(rows[0]) : undefined
}

/**
 * Moves the balance by `deltaCents` unless that would take it below zero; returns false
 * when refused. Keeps `exhausted` in step with a zero balance.
 */
async function moveBalance(trx: Knex.Transaction, voucherId: string, deltaCents: number) {
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

type EntryInput = {
  voucher_id: string
  kind: LedgerKind
  amount_cents: number
  reference?: string | null
  idempotency_key: string
  actor_id?: string | null
  reason?: string | null
  metadata?: Record<string, unknown> | null
}

async function insertEntry(trx: Knex.Transaction, input: EntryInput): Promise<LedgerEntry> {
  const { rows } = await trx.raw(
    `INSERT INTO voucher_ledger_entry
       (id, voucher_id, kind, amount, raw_amount, reference, idempotency_key, actor_id, reason, metadata)
     VALUES (?, ?, ?, ?::numeric, ?::jsonb, ?, ?, ?, ?, ?::jsonb)
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
      input.metadata ? JSON.stringify(input.metadata) : null,
    ]
  )
  return toEntry(rows[0])
}

function requireAmount(amount: unknown, locale?: Locale): number {
  if (!isValidAmount(amount)) {
    fail(MedusaError.Types.INVALID_DATA, "amount_invalid", locale)
  }
  return toCents(amount)
}

function assertSpendable(voucher: VoucherRow, locale?: Locale) {
  const problem = spendingProblem(voucher)
  if (problem) {
    fail(MedusaError.Types.NOT_ALLOWED, problem, locale)
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

async function inTransaction<T>(
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
async function onLockedVoucher<T>(
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
async function reExpireIfExpired(trx: Knex.Transaction, voucher: VoucherRow, cents: number, key: string) {
  if (voucher.status !== "expired" || cents <= 0) {
    return
  }
  await moveBalance(trx, voucher.id, -cents)
  await insertEntry(trx, {
    voucher_id: voucher.id,
    kind: "expiry",
    amount_cents: -cents,
    idempotency_key: `${key}:expiry`,
    reason: "Voucher scaduto: il valore restituito non è più spendibile",
  })
}

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
      fail(MedusaError.Types.NOT_ALLOWED, "voucher_not_yours", input.locale)
    }
    assertSpendable(voucher, input.locale)
    if (!(await moveBalance(trx, voucher.id, -cents))) {
      fail(MedusaError.Types.NOT_ALLOWED, "not_enough_balance", input.locale)
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
      fail(MedusaError.Types.NOT_ALLOWED, "voucher_not_yours", input.locale)
    }
    assertSpendable(voucher, input.locale)
    if (!(await moveBalance(trx, voucher.id, -cents))) {
      fail(MedusaError.Types.NOT_ALLOWED, "not_enough_balance", input.locale)
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
      fail(MedusaError.Types.NOT_ALLOWED, "nothing_held", input.locale)
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
      fail(MedusaError.Types.NOT_ALLOWED, "release_exceeds_held", input.locale)
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

export type RefundInput = SettleInput & { amount: number; actor_id?: string | null; reason?: string | null }

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
      fail(MedusaError.Types.NOT_ALLOWED, "refund_exceeds_captured", input.locale)
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
  input: { voucher_id: string; idempotency_key: string; reason: string }
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
      fail(MedusaError.Types.NOT_ALLOWED, "not_enough_balance")
    }
    const entry = await insertEntry(trx, {
      voucher_id: voucher.id,
      kind: "reversal",
      amount_cents: -back,
      reference: standing.reference,
      idempotency_key: `reversal:${standing.idempotency_key}`,
      reason: input.reason,
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
    fail(MedusaError.Types.INVALID_DATA, "reason_required", input.locale)
  }
  return onLockedVoucher(knex, input.voucher_id, input.idempotency_key, input.locale, async (trx, voucher) => {
    if (voucher.status === "expired") {
      fail(MedusaError.Types.NOT_ALLOWED, "voucher_expired", input.locale)
    }
    if (!(await moveBalance(trx, voucher.id, cents))) {
      fail(MedusaError.Types.NOT_ALLOWED, "not_enough_balance", input.locale)
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
  }) as Promise<LedgerResult>
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
      reason: "Scadenza del voucher",
    })
    return { entry, replayed: false }
  }) as Promise<LedgerResult>
}

export type GrantInput = {
  scheme_id: string
  customer_id: string
  amount: number
  /** Defaults to the end of the scheme. */
  valid_until?: Date | string
  idempotency_key: string
  actor_id?: string | null
  reason?: string | null
}

export type GrantResult = { voucher_id: string; entry: LedgerEntry; replayed: boolean }

/**
 * Creates vouchers with their grant entries, all in one transaction: either every
 * grant is written or none. The scheme row is locked so the per-citizen maximum
 * holds under concurrent assignments.
 */
export async function grant(knex: Knex, inputs: GrantInput[], locale?: Locale): Promise<GrantResult[]> {
  const amounts = inputs.map((input) => requireAmount(input.amount, locale))
  return knex.transaction(async (trx) => {
    const results: GrantResult[] = []
    for (const [index, input] of inputs.entries()) {
      const key = input.idempotency_key
      const existing = await findByKey(trx, key)
      if (existing) {
        results.push({ voucher_id: existing.voucher_id, entry: existing, replayed: true })
        continue
      }
      const { rows } = await trx.raw(
        `SELECT id, status, starts_at, ends_at, max_per_citizen, currency_code
           FROM voucher_scheme WHERE id = ? AND deleted_at IS NULL FOR UPDATE`,
        [input.scheme_id]
      )
      const scheme = rows[0]
      if (!scheme) {
        fail(MedusaError.Types.NOT_FOUND, "scheme_not_found", locale)
      }
      if (scheme.status !== "active") {
        fail(MedusaError.Types.NOT_ALLOWED, "scheme_closed", locale)
      }
      const validUntil = new Date(input.valid_until ?? scheme.ends_at)
      if (validUntil.getTime() > new Date(scheme.ends_at).getTime() || validUntil.getTime() <= Date.now()) {
        fail(MedusaError.Types.INVALID_DATA, "scheme_outside_window", locale)
      }
      if (scheme.max_per_citizen !== null) {
        const { rows: sums } = await trx.raw(
          `SELECT COALESCE(SUM(amount_granted), 0) AS granted FROM voucher
            WHERE scheme_id = ? AND customer_id = ? AND deleted_at IS NULL`,
          [scheme.id, input.customer_id]
        )
        if (toCents(sums[0].granted) + amounts[index] > toCents(scheme.max_per_citizen)) {
          fail(MedusaError.Types.NOT_ALLOWED, "max_per_citizen_exceeded", locale)
        }
      }
      const voucherId = generateEntityId(undefined, "vou")
      const amount = fromCents(amounts[index]).toFixed(2)
      await trx.raw(
        `INSERT INTO voucher (id, customer_id, amount_granted, raw_amount_granted, balance, raw_balance,
                              currency_code, status, valid_until, scheme_id)
         VALUES (?, ?, ?::numeric, ?::jsonb, ?::numeric, ?::jsonb, ?, 'active', ?, ?)`,
        [voucherId, input.customer_id, amount, raw(amounts[index]), amount, raw(amounts[index]),
          scheme.currency_code, validUntil, scheme.id]
      )
      const entry = await insertEntry(trx, {
        voucher_id: voucherId,
        kind: "grant",
        amount_cents: amounts[index],
        idempotency_key: key,
        actor_id: input.actor_id,
        reason: input.reason,
      })
      results.push({ voucher_id: voucherId, entry, replayed: false })
    }
    return results
  })
}

/** Undoes grants that nothing has moved yet (used by workflow compensation). */
export async function revokeGrants(knex: Knex, voucherIds: string[]) {
  if (!voucherIds.length) {
    return
  }
  await knex.transaction(async (trx) => {
    await trx.raw(
      `DELETE FROM voucher_ledger_entry WHERE voucher_id = ANY(?) AND kind = 'grant'
         AND NOT EXISTS (SELECT 1 FROM voucher_ledger_entry o
                          WHERE o.voucher_id = voucher_ledger_entry.voucher_id AND o.kind <> 'grant')`,
      [voucherIds]
    )
    await trx.raw(
      `DELETE FROM voucher WHERE id = ANY(?)
         AND NOT EXISTS (SELECT 1 FROM voucher_ledger_entry e WHERE e.voucher_id = voucher.id)`,
      [voucherIds]
    )
  })
}
