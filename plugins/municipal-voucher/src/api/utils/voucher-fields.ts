import { Locale, ledgerReason } from "../../lib/messages"

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
  "entries.reason_code",
  "entries.created_at",
]

type WithEntries = { entries?: { reason?: string | null; reason_code?: string | null }[] | null }

/** Vouchers whose ledger reasons read in the caller's language. */
export function withReadableReasons<V extends WithEntries>(vouchers: V[], locale: Locale): V[] {
  return vouchers.map((voucher) => ({
    ...voucher,
    entries: voucher.entries?.map((entry) => ({ ...entry, reason: ledgerReason(entry, locale) })),
  }))
}
