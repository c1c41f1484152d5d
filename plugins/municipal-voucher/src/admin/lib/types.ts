export type LedgerEntry = {
  id: string
  kind: string
  amount: number
  reference: string | null
  reason: string | null
  actor_id: string | null
  created_at: string
}

export type Voucher = {
  id: string
  customer_id: string
  amount_granted: number
  balance: number
  status: string
  valid_until: string
  scheme: { id: string; name: string; care_areas: string[] }
  entries?: LedgerEntry[]
}

export type VoucherScheme = {
  id: string
  name: string
  comuni: string[]
  funding_source: string
  starts_at: string
  ends_at: string
  care_areas: string[]
  max_per_citizen: number | null
  status: string
}
