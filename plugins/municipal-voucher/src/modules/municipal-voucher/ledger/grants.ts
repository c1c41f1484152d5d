import { generateEntityId, MedusaError } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { refuse } from "../../../lib/errors"
import type { Locale } from "../../../lib/messages"
import { assignmentProblems } from "../../../lib/assignment-rules"
import { fromCents, toCents } from "../../../lib/money"
import { findByKey, insertEntry, LedgerEntry, raw, requireAmount } from "./locked-movement"

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

function grantAll(knex: Knex, inputs: GrantInput[], amounts: number[], locale?: Locale): Promise<GrantResult[]> {
  return knex.transaction(async (trx) => {
    const results: GrantResult[] = []
    for (const [index, input] of inputs.entries()) {
      const key = input.idempotency_key
      const existing = await findByKey(trx, key)
      if (existing && toCents(existing.amount) !== amounts[index]) {
        refuse(MedusaError.Types.CONFLICT, "idempotency_key_reused", locale)
      }
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
        refuse(MedusaError.Types.NOT_FOUND, "scheme_not_found", locale)
      }
      const { rows: sums } = await trx.raw(
        `SELECT COALESCE(SUM(amount_granted), 0) AS granted FROM voucher
          WHERE scheme_id = ? AND customer_id = ? AND deleted_at IS NULL`,
        [scheme.id, input.customer_id]
      )
      const validUntil = new Date(input.valid_until ?? scheme.ends_at)
      const [problem] = assignmentProblems({
        scheme,
        amount_cents: amounts[index],
        granted_cents: toCents(sums[0].granted),
        valid_until: validUntil,
      })
      if (problem) {
        refuse(problem === "scheme_outside_window" ? MedusaError.Types.INVALID_DATA : MedusaError.Types.NOT_ALLOWED, problem, locale)
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
