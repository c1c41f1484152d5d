import { MedusaError } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { message } from "../../lib/messages"
import { referenceState } from "../../modules/municipal-voucher/ledger"

/** The voucher if it is this customer's and can be spent now; otherwise the refusal. */
export async function findSpendableVoucher(knex: Knex, voucherId: string, customerId: string) {
  const { rows } = await knex.raw(
    `SELECT id, customer_id, status, balance, valid_until FROM voucher WHERE id = ? AND deleted_at IS NULL`,
    [voucherId]
  )
  const voucher = rows[0]
  if (!voucher) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, message("voucher_not_found"))
  }
  if (voucher.customer_id !== customerId) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, message("voucher_not_yours"))
  }
  if (voucher.status === "suspended") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, message("voucher_suspended"))
  }
  if (voucher.status === "expired" || new Date(voucher.valid_until).getTime() <= Date.now()) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, message("voucher_expired"))
  }
  return voucher
}

/** Euros on hold, captured, released and refunded under one payment reference. */
export async function referenceSummary(knex: Knex, voucherId: string, reference: string) {
  const cents = await referenceState(knex, voucherId, reference)
  return {
    outstanding: cents.outstanding / 100,
    captured: cents.captured / 100,
    released: cents.released / 100,
    refunded: cents.refunded / 100,
  }
}
