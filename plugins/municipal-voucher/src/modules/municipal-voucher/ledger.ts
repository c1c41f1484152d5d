import { generateEntityId, MedusaError } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { Locale, message, VoucherMessageCode } from "../../lib/messages"
import { fromCents, isValidAmount, toCents } from "../../lib/money"

/**
 * The voucher ledger. Every function here runs in one database transaction that
 * first locks the voucher row (SELECT ... FOR UPDATE), so operations on one voucher
 * are serialised; balance changes are conditional UPDATEs guarded by the
 * `voucher_balance_not_negative` CHECK; idempotency keys are UNIQUE, and a retried
 * operation returns the entry it wrote the first time instead of moving value again.
 */

export type LedgerKind = "grant" | "hold" | "capture" | "release" | "refund" | "expiry" | "adjustment"

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
    `SELECT id, customer_id, status, balance, valid_until, scheme_id
       FROM voucher WHERE id = ? AND deleted_at IS NULL FOR UPDATE`,
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

/** A voucher can be spent only while active and before its expiry. */
function assertSpendable(voucher: VoucherRow, locale?: Locale) {
  if (voucher.status === "suspended") {
    fail(MedusaError.Types.NOT_ALLOWED, "voucher_suspended", locale)
  }
  if (voucher.status === "expired" || new Date(voucher.valid_until).getTime() <= Date.now()) {
    fail(MedusaError.Types.NOT_ALLOWED, "voucher_expired", locale)
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
  for (const row of rows as { kind: LedgerKind; amount: string; metadata: { captured?: number } | null }[]) {
    const cents = toCents(row.amount)
    if (row.kind === "hold") held -= cents
    if (row.kind === "release") released += cents
    if (row.kind === "capture") captured += toCents(row.metadata?.captured ?? 0)
    if (row.kind === "refund") refunded += cents
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

/** Returns captured value to the voucher; never more than was captured under the reference. */
export async function refund(knex: Knex, input: RefundInput): Promise<LedgerResult> {
  const cents = requireAmount(input.amount, input.locale)
  return onLockedVoucher(knex, input.voucher_id, input.idempotency_key, input.locale, async (trx, voucher) => {
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
      idempotency_key: input.idempotency_key,
      actor_id: input.actor_id,
      reason: input.reason,
      metadata: input.metadata,
    })
    await reExpireIfExpired(trx, voucher, cents, input.idempotency_key)
    return { entry, replayed: false }
  }) as Promise<LedgerResult>
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
