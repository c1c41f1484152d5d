import { MedusaError } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { refuse } from "../../lib/errors"
import { spendingProblem } from "../../lib/voucher-rules"
import { referenceState } from "../../modules/municipal-voucher/ledger"

/** The voucher if it is this customer's and can be spent now; otherwise the refusal. */
export async function findSpendableVoucher(knex: Knex, voucherId: string, customerId: string) {
  const { rows } = await knex.raw(
    `SELECT v.id, v.customer_id, v.status, v.balance, v.valid_until, v.currency_code,
            json_build_object('status', s.status, 'starts_at', s.starts_at, 'currency_code', s.currency_code) AS scheme
       FROM voucher v JOIN voucher_scheme s ON s.id = v.scheme_id
      WHERE v.id = ? AND v.deleted_at IS NULL`,
    [voucherId]
  )
  const voucher = rows[0]
  if (!voucher) {
    refuse(MedusaError.Types.NOT_FOUND, "voucher_not_found")
  }
  if (voucher.customer_id !== customerId) {
    refuse(MedusaError.Types.NOT_ALLOWED, "voucher_not_yours")
  }
  const problem = spendingProblem(voucher)
  if (problem) {
    refuse(MedusaError.Types.NOT_ALLOWED, problem)
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

/**
 * The amount of one of Medusa's payment captures, in euros; undefined when there is no such
 * capture. Read from the payment module's table: a provider has no Query, and the payment module
 * commits the capture before it calls the provider.
 */
export async function capturedAmount(knex: Knex, captureId: string): Promise<number | undefined> {
  const row = await knex("capture").where({ id: captureId }).whereNull("deleted_at").first("amount")
  return row ? Number(row.amount) : undefined
}
