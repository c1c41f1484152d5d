import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { AMBITO_MODULE } from "../../modules/ambito"
import type AmbitoModuleService from "../../modules/ambito/service"
import { checkCitizenProfileWorkflow } from "../../workflows/check-citizen-profile"
import { requestCitizenProfileChangeWorkflow } from "../../workflows/request-citizen-profile-change"
import { localeFrom, message } from "../../lib/messages"
import { presentChangeRequests } from "./change-request-response"
import { CITIZEN_PROFILE_FIELDS, respondWithIssues } from "./citizen-profile-response"
import type { StoreUpdateCitizenProfileType } from "../store/citizens/validators"

const IDENTITY_FIELDS = ["codice_fiscale", "first_name", "last_name", "sex", "date_of_birth"] as const

export async function profileOf(req: AuthenticatedMedusaRequest, customerId: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "customer",
    fields: CITIZEN_PROFILE_FIELDS.map((f) => `citizen_profile.${f}`),
    filters: { id: customerId },
  })
  return data[0]?.citizen_profile ?? null
}

export async function pendingRequestOf(req: AuthenticatedMedusaRequest, profileId: string | undefined) {
  if (!profileId) {
    return null
  }
  const service: AmbitoModuleService = req.scope.resolve(AMBITO_MODULE)
  const pending = await service.listCitizenProfileChangeRequests({ profile_id: profileId, status: "pending" }, { take: 1 })
  const [presented] = await presentChangeRequests(req.scope, pending as any, { forOperator: false })
  return presented ?? null
}

/**
 * A citizen cannot edit the profile itself: the identity is fixed at registration, and a new
 * comune or household becomes a request that the Ufficio di Piano verifies. Answers 202 with
 * the request and the profile, unchanged.
 */
export async function requestChange(
  req: AuthenticatedMedusaRequest<StoreUpdateCitizenProfileType>,
  res: MedusaResponse
) {
  const locale = localeFrom(req.headers["accept-language"])
  const body = req.validatedBody
  const locked = IDENTITY_FIELDS.filter((field) => body[field] !== undefined)
  if (locked.length) {
    res.status(400).json({
      type: "invalid_data",
      message: message("identity_locked", locale),
      errors: locked.map((field) => ({ field, code: "identity_locked", message: message("identity_locked", locale) })),
    })
    return
  }

  const { result: issues } = await checkCitizenProfileWorkflow(req.scope).run({
    input: { comune_id: body.comune_id, household_size: body.household_size },
  })
  if (respondWithIssues(req, res, issues)) {
    return
  }

  const customerId = req.auth_context.actor_id
  let request: unknown
  try {
    ;({ result: request } = await requestCitizenProfileChangeWorkflow(req.scope).run({
      input: {
        customer_id: customerId,
        comune_id: body.comune_id,
        household_size: body.household_size,
        note: body.note ?? null,
        locale,
      },
    }))
  } catch (error) {
    // Medusa's handler answers every conflict with one English sentence about retrying.
    if ((error as MedusaError).type === MedusaError.Types.CONFLICT) {
      res.status(409).json({ type: "conflict", message: (error as Error).message })
      return
    }
    throw error
  }
  const [presented] = await presentChangeRequests(req.scope, [request as any], { forOperator: false })
  res.status(202).json({ change_request: presented, citizen_profile: await profileOf(req, customerId) })
}

