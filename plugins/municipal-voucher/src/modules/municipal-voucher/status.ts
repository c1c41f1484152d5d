import { MedusaError } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { Locale, message } from "../../lib/messages"

export type VoucherStatusChange = { id: string; status: string; previous: string }

/**
 * Suspends or reinstates a voucher under the same row lock the ledger takes
 * (SELECT ... FOR UPDATE on the voucher), so a status change never interleaves with a
 * hold or capture that read the old status. Reinstating a voucher with nothing left makes
 * it exhausted; an expired voucher stays expired.
 */
export async function setVoucherSuspended(
  knex: Knex,
  id: string,
  suspended: boolean,
  locale?: Locale
): Promise<VoucherStatusChange> {
  return knex.transaction(async (trx) => {
    const { rows } = await trx.raw(
      `SELECT id, status, balance FROM voucher WHERE id = ? AND deleted_at IS NULL FOR UPDATE`,
      [id]
    )
    const voucher = rows[0] as { id: string; status: string; balance: string } | undefined
    if (!voucher) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, message("voucher_not_found", locale))
    }
    if (voucher.status === "expired") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, message("voucher_expired", locale))
    }
    const status = suspended ? "suspended" : Number(voucher.balance) > 0 ? "active" : "exhausted"
    await trx.raw(`UPDATE voucher SET status = ?, updated_at = now() WHERE id = ?`, [status, id])
    return { id, status, previous: voucher.status }
  })
}

/** Puts back the status a change replaced (the undo of a suspend or reinstate step), under the same lock. */
export async function restoreVoucherStatus(knex: Knex, id: string, status: string) {
  await knex.transaction(async (trx) => {
    await trx.raw(`SELECT id FROM voucher WHERE id = ? FOR UPDATE`, [id])
    await trx.raw(`UPDATE voucher SET status = ?, updated_at = now() WHERE id = ?`, [status, id])
  })
}
