import { model } from "@medusajs/framework/utils"
import { LEDGER_KINDS } from "../../../types"
import { Voucher } from "./voucher"

/**
 * One movement of a voucher's value. `amount` is signed: its effect on the spendable
 * balance (grant, release, refund and positive adjustments add; hold, reversal, expiry and
 * negative adjustments subtract; a capture commits a hold and moves nothing).
 * Written only by the module's ledger functions, never updated.
 */
export const VoucherLedgerEntry = model
  .define("voucher_ledger_entry", {
    id: model.id({ prefix: "vle" }).primaryKey(),
    kind: model.enum([...LEDGER_KINDS]),
    amount: model.bigNumber(),
    /** What the movement belongs to: a cart, payment session, order or refund id. */
    reference: model.text().nullable(),
    /** Retrying an operation with the same key finds this entry instead of moving value again. */
    idempotency_key: model.text().unique(),
    actor_id: model.text().nullable(),
    /** The operator's own words (adjustments, refunds); system entries leave it empty and set reason_code. */
    reason: model.text().nullable(),
    /** A system reason, translated on display (LEDGER_REASON_CODES in types). */
    reason_code: model.text().nullable(),
    /** capture: { captured }; line allocations and order ids for the cart flow. */
    metadata: model.json().nullable(),
    voucher: model.belongsTo(() => Voucher, { mappedBy: "entries" }),
  })
  .indexes([{ on: ["voucher_id", "reference"] }])
