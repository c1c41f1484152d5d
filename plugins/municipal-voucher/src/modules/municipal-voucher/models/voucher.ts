import { model } from "@medusajs/framework/utils"
import { VOUCHER_STATUSES } from "../../../types"
import { VoucherLedgerEntry } from "./voucher-ledger-entry"
import { VoucherScheme } from "./voucher-scheme"

/**
 * Value assigned to one citizen under a scheme. `balance` is a running copy of the
 * sum of its ledger, written only in the same transaction as a ledger entry; the
 * database refuses a negative balance.
 */
export const Voucher = model
  .define("voucher", {
    id: model.id({ prefix: "vou" }).primaryKey(),
    customer_id: model.text().index(),
    amount_granted: model.bigNumber(),
    balance: model.bigNumber(),
    currency_code: model.text().default("eur"),
    status: model.enum([...VOUCHER_STATUSES]).default("active"),
    valid_until: model.dateTime(),
    /** Days-before-expiry reminders already sent (30, 7), so a rerun of the job never repeats one. */
    reminders_sent: model.array().nullable(),
    scheme: model.belongsTo(() => VoucherScheme, { mappedBy: "vouchers" }),
    entries: model.hasMany(() => VoucherLedgerEntry, { mappedBy: "voucher" }),
  })
  .checks([
    { name: "voucher_balance_not_negative", expression: (c) => `${c.balance} >= 0` },
    { name: "voucher_granted_positive", expression: (c) => `${c.amount_granted} > 0` },
  ])
