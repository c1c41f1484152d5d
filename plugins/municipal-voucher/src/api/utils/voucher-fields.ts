/** What every caller may see of a voucher: its value, state and scheme. */
export const VOUCHER_SUMMARY_FIELDS = [
  "id",
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

/** The ledger as a citizen sees it: no idempotency keys, actors or internal metadata. */
export const LEDGER_PUBLIC_FIELDS = [
  "entries.id",
  "entries.kind",
  "entries.amount",
  "entries.reference",
  "entries.reason",
  "entries.created_at",
]
