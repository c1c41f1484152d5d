export type Named = { id: string; name: string; email: string | null }
export type Citizen = Named & { codice_fiscale: string | null }

/** One row of the ledger table, whatever page shows it. */
export type LedgerRow = {
  id: string
  kind: string
  amount: number
  created_at: string
  reason?: string | null
  actor?: Named | null
  order?: { id: string; display_id: number } | null
  /** The scheme's name where rows of several vouchers meet (an order's payments). */
  scheme?: string | null
}

export type Voucher = {
  id: string
  customer_id: string
  citizen?: Citizen | null
  amount_granted: number
  balance: number
  status: string
  valid_until: string
  scheme: { id: string; name: string; care_areas?: string[] }
}

export type VoucherScheme = {
  id: string
  name: string
  description?: string | null
  comuni: string[]
  funding_source: string
  starts_at: string
  ends_at: string
  care_areas: string[]
  max_per_citizen: number | null
  status: string
}

export type Comune = { id: string; istat_code: string; name: string; province: string }
export type Category = { id: string; handle: string; name: string }

export type AssignmentReportRow = {
  row: number
  customer_id: string | null
  email: string | null
  amount: number | null
  valid_until: string | null
  issues: { code: string; message: string }[]
}
