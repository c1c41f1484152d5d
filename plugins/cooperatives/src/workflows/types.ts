import type { PlatformRole } from "@tradatewelfare/platform-access/lib/roles"
import type { AccreditationStatus } from "../lib/cooperative-rules"

export type CooperativeInput = {
  handle: string
  name: string
  legal_name: string
  partita_iva: string
  codice_fiscale: string
  iban?: string | null
  address: string
  comune: string
  consortium?: string | null
  care_areas: string[]
  comuni_served: string[]
  description?: string | null
  logo_url?: string | null
  email: string
  phone?: string | null
  website?: string | null
}

export type AccreditationChangeInput = {
  cooperative_id: string
  status: AccreditationStatus
  actor_id?: string | null
  reason?: string | null
}

export type CooperativeMemberInput = {
  cooperative_id: string
  user_id: string
  role: Extract<PlatformRole, "cooperative_owner" | "cooperative_staff">
  granted_by?: string | null
}
