import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { AMBITO_MODULE } from "../../modules/ambito"
import type AmbitoModuleService from "../../modules/ambito/service"

type ComuneSummary = { id: string; name: string; province: string; istat_code: string }

type ChangeRequestRow = {
  id: string
  profile_id: string
  status: string
  requested_comune_id: string | null
  requested_household_size: number | null
  previous_comune_id: string
  previous_household_size: number
  note: string | null
  requested_by: string
  decided_by: string | null
  decided_at: Date | null
  decision_reason: string | null
  created_at: Date
}

export const CHANGE_REQUEST_STATUS_FILTER = ["pending", "approved", "rejected"] as const

/**
 * Change requests as callers read them: comuni by name rather than id. `withCustomer` adds
 * the citizen (name, e-mail) for operators' lists; citizens never see the deciding user's id.
 */
export async function presentChangeRequests(
  container: MedusaContainer,
  requests: ChangeRequestRow[],
  options: { forOperator: boolean }
) {
  const service: AmbitoModuleService = container.resolve(AMBITO_MODULE)
  const comuneIds = [
    ...new Set(requests.flatMap((r) => [r.requested_comune_id, r.previous_comune_id]).filter((id): id is string => !!id)),
  ]
  const comuni = comuneIds.length
    ? await service.listComunes({ id: comuneIds }, { select: ["id", "name", "province", "istat_code"] })
    : []
  const comuneById = new Map<string, ComuneSummary>(comuni.map((c) => [c.id, c as ComuneSummary]))

  let customerByProfile = new Map<string, { id: string; first_name: string | null; last_name: string | null; email: string }>()
  if (options.forOperator && requests.length) {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "citizen_profile",
      fields: ["id", "customer.id", "customer.first_name", "customer.last_name", "customer.email"],
      filters: { id: [...new Set(requests.map((r) => r.profile_id))] },
    })
    customerByProfile = new Map(data.map((p: any) => [p.id, p.customer]))
  }

  return requests.map((r) => ({
    id: r.id,
    status: r.status,
    requested_comune: r.requested_comune_id ? comuneById.get(r.requested_comune_id) ?? null : null,
    requested_household_size: r.requested_household_size,
    previous_comune: comuneById.get(r.previous_comune_id) ?? null,
    previous_household_size: r.previous_household_size,
    note: r.note,
    decision_reason: r.decision_reason,
    decided_at: r.decided_at,
    created_at: r.created_at,
    ...(options.forOperator && {
      requested_by: r.requested_by,
      decided_by: r.decided_by,
      customer: customerByProfile.get(r.profile_id) ?? null,
    }),
  }))
}
