/**
 * The voucher ledger: every movement of value, each in one transaction with the voucher row
 * locked. `locked-movement` is the primitive (lock, idempotent replay, conditional balance
 * update, entry); `movements` are what checkout, refunds, operators and expiry do with it;
 * `grants` create vouchers with their first entry; `status` suspends and reinstates under the same lock.
 */
export * from "./grants"
export * from "./locked-movement"
export * from "./movements"
export * from "./status"
