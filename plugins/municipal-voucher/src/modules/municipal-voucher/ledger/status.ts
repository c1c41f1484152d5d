import { MedusaError } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { refuse } from "../../../lib/errors"
import type { Locale } from "../../../lib/messages"
import { lockVoucher } from "./locked-movement"

export type VoucherStatusChange = { id: string; status: string; previous: string }

async function setStatus(trx: Knex.Transaction, id: string, status: string) {
  await trx.raw(`UPDATE voucher SET status = ?, updated_at = now() WHERE id = ?`, [status, id])
}

/**
 * Suspends or reinstates a voucher under the ledger's own row lock, so a status change never
 * interleaves with a hold or capture that read the old status. Reinstating a voucher with
 * nothing left makes it exhausted; an expired voucher stays expired.
 */
export async function setVoucherSuspended(knex: Knex, id: string, suspended: boolean, locale?: Locale): Promise<VoucherStatusChange> {
  return knex.transaction(async (trx) => {
    const voucher = await lockVoucher(trx, id, locale)
    if (voucher.status === "expired") {
      refuse(MedusaError.Types.NOT_ALLOWED, "voucher_expired", locale)
    }
    const status = suspended ? "suspended" : Number(voucher.balance) > 0 ? "active" : "exhausted"
    await setStatus(trx, id, status)
    return { id, status, previous: voucher.status }
  })
}

/** Puts back the status a change replaced (the undo of a suspend or reinstate step), under the same lock. */
export async function restoreVoucherStatus(knex: Knex, id: string, status: string) {
  await knex.transaction(async (trx) => {
    await lockVoucher(trx, id)
    await setStatus(trx, id, status)
  })
}
