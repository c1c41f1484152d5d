import { LEDGER_PUBLIC_FIELDS, VOUCHER_SUMMARY_FIELDS } from "../../utils/voucher-fields"

export const VOUCHER_FIELDS = [...VOUCHER_SUMMARY_FIELDS, "customer_id"]

export const VOUCHER_DETAIL_FIELDS = [
  ...VOUCHER_FIELDS,
  "scheme.*",
  ...LEDGER_PUBLIC_FIELDS,
  // Operators also see who moved value, and the keys that make retries safe.
  "entries.idempotency_key",
  "entries.actor_id",
  "entries.metadata",
]

export const listVouchersQueryConfig = { defaults: VOUCHER_FIELDS, isList: true }
export const retrieveVoucherQueryConfig = { defaults: VOUCHER_DETAIL_FIELDS, isList: false }
