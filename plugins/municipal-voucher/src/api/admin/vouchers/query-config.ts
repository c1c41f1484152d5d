export const VOUCHER_FIELDS = [
  "id",
  "customer_id",
  "amount_granted",
  "balance",
  "currency_code",
  "status",
  "valid_until",
  "created_at",
  "scheme.id",
  "scheme.name",
  "scheme.care_areas",
]

export const VOUCHER_DETAIL_FIELDS = [
  ...VOUCHER_FIELDS,
  "scheme.*",
  "entries.id",
  "entries.kind",
  "entries.amount",
  "entries.reference",
  "entries.idempotency_key",
  "entries.actor_id",
  "entries.reason",
  "entries.metadata",
  "entries.created_at",
]

export const listVouchersQueryConfig = { defaults: VOUCHER_FIELDS, isList: true }
export const retrieveVoucherQueryConfig = { defaults: VOUCHER_DETAIL_FIELDS, isList: false }
