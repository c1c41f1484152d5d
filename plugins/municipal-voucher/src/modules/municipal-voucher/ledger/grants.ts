import { generateEntityId, MedusaError } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { refuse } from "../../../lib/errors"
import type { Locale } from "../../../lib/messages"
import { assignmentProblems } from "../../../lib/assignment-rules"
import { fromCents, toCents } from "../../../lib/money"
import { LedgerEntry, raw, requireAmount, toEntry } from "./locked-movement"

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
 * grant is written or none; a key already written answers with its grant.
 */
export async function grant(knex: Knex, inputs: GrantInput[], locale?: Locale): Promise<GrantResult[]> {
  const amounts = inputs.map((input) => requireAmount(input.amount, locale))
  try {
    return await grantAll(knex, inputs, amounts, locale)
  } catch (error) {
    // A concurrent call with the same keys committed first: run again, which replays its grants.
    if ((error as { code?: string }).code === "23505") {
      return grantAll(knex, inputs, amounts, locale)
    }
    throw error
  }
}

type SchemeRow = {
  id: string
  status: string
  starts_at: Date
  ends_at: Date
  max_per_citizen: string | null
  currency_code: string
}

/** Rows per multi-row INSERT: PostgreSQL takes at most 65,535 parameters in one statement. */
const CHUNK = 1000

/**
 * Set-based, so a CSV of 20,000 citizens is a few statements: the schemes are locked once,
 * existing keys and citizens' totals read once, then vouchers and grant entries inserted in
 * chunks. Every row is checked before anything is written.
 */
async function grantAll(knex: Knex, inputs: GrantInput[], amounts: number[], locale?: Locale): Promise<GrantResult[]> {
  return knex.transaction(async (trx) => {
    const keys = inputs.map((input) => input.idempotency_key)
    const { rows: existingRows } = await trx.raw(`SELECT * FROM voucher_ledger_entry WHERE idempotency_key = ANY(?)`, [keys])
    const existing = new Map<string, LedgerEntry>(existingRows.map((row: LedgerEntry) => [row.idempotency_key, toEntry(row)]))

    const schemeIds = [...new Set(inputs.map((input) => input.scheme_id))].sort()
    // Locked so the per-citizen maximum holds under concurrent assignments.
    const { rows: schemeRows } = await trx.raw(
      `SELECT id, status, starts_at, ends_at, max_per_citizen, currency_code
         FROM voucher_scheme WHERE id = ANY(?) AND deleted_at IS NULL ORDER BY id FOR UPDATE`,
      [schemeIds]
    )
    const schemes = new Map<string, SchemeRow>(schemeRows.map((row: SchemeRow) => [row.id, row]))
    const { rows: sums } = await trx.raw(
      `SELECT scheme_id, customer_id, SUM(amount_granted) AS granted FROM voucher
        WHERE scheme_id = ANY(?) AND deleted_at IS NULL GROUP BY scheme_id, customer_id`,
      [schemeIds]
    )
    const granted = new Map<string, number>(
      sums.map((row: { scheme_id: string; customer_id: string; granted: string }) => [
        `${row.scheme_id}:${row.customer_id}`,
        toCents(row.granted),
      ])
    )

    const results: GrantResult[] = []
    const vouchers: Knex.RawBinding[][] = []
    const entries: Knex.RawBinding[][] = []
    for (const [index, input] of inputs.entries()) {
      const replay = existing.get(input.idempotency_key)
      if (replay && toCents(replay.amount) !== amounts[index]) {
        refuse(MedusaError.Types.CONFLICT, "idempotency_key_reused", locale)
      }
      if (replay) {
        results.push({ voucher_id: replay.voucher_id, entry: replay, replayed: true })
        continue
      }
      const scheme = schemes.get(input.scheme_id)
      if (!scheme) {
        refuse(MedusaError.Types.NOT_FOUND, "scheme_not_found", locale)
      }
      const citizen = `${scheme.id}:${input.customer_id}`
      const validUntil = new Date(input.valid_until ?? scheme.ends_at)
      const [problem] = assignmentProblems({
        scheme,
        amount_cents: amounts[index],
        granted_cents: granted.get(citizen) ?? 0,
        valid_until: validUntil,
      })
      if (problem) {
        refuse(problem === "scheme_outside_window" ? MedusaError.Types.INVALID_DATA : MedusaError.Types.NOT_ALLOWED, problem, locale)
      }
      granted.set(citizen, (granted.get(citizen) ?? 0) + amounts[index])

      const voucherId = generateEntityId(undefined, "vou")
      const amount = fromCents(amounts[index]).toFixed(2)
      vouchers.push([voucherId, input.customer_id, amount, raw(amounts[index]), amount, raw(amounts[index]),
        scheme.currency_code, validUntil, scheme.id])
      entries.push([generateEntityId(undefined, "vle"), voucherId, amount, raw(amounts[index]),
        input.idempotency_key, input.actor_id ?? null, input.reason ?? null])
      results.push({ voucher_id: voucherId, entry: null as unknown as LedgerEntry, replayed: false })
    }

    for (let start = 0; start < vouchers.length; start += CHUNK) {
      const rows = vouchers.slice(start, start + CHUNK)
      await trx.raw(
        `INSERT INTO voucher (id, customer_id, amount_granted, raw_amount_granted, balance, raw_balance,
                              currency_code, status, valid_until, scheme_id)
         VALUES ${rows.map(() => "(?, ?, ?::numeric, ?::jsonb, ?::numeric, ?::jsonb, ?, 'active', ?, ?)").join(", ")}`,
        rows.flat()
      )
    }
    const written = new Map<string, LedgerEntry>()
    for (let start = 0; start < entries.length; start += CHUNK) {
      const rows = entries.slice(start, start + CHUNK)
      const { rows: inserted } = await trx.raw(
        `INSERT INTO voucher_ledger_entry (id, voucher_id, kind, amount, raw_amount, idempotency_key, actor_id, reason)
         VALUES ${rows.map(() => "(?, ?, 'grant', ?::numeric, ?::jsonb, ?, ?, ?)").join(", ")}
         RETURNING *`,
        rows.flat()
      )
      for (const row of inserted) {
        written.set(row.voucher_id, toEntry(row))
      }
    }
    return results.map((result) => (result.replayed ? result : { ...result, entry: written.get(result.voucher_id)! }))
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
