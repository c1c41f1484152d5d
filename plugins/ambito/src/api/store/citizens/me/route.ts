import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { checkCitizenProfileWorkflow } from "../../../../workflows/check-citizen-profile"
import { upsertCitizenProfileWorkflow } from "../../../../workflows/upsert-citizen-profile"
import { CITIZEN_PROFILE_FIELDS, respondWithIssues } from "../../../utils/citizen-profile-response"
import type { StoreUpdateCitizenProfileType } from "../validators"

async function profileOf(req: AuthenticatedMedusaRequest, customerId: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "customer",
    fields: CITIZEN_PROFILE_FIELDS.map((f) => `citizen_profile.${f}`),
    filters: { id: customerId },
  })
  return data[0]?.citizen_profile ?? null
}

/** The logged-in citizen's own profile; the customer id comes from the session only. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ citizen_profile: await profileOf(req, req.auth_context.actor_id) })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<StoreUpdateCitizenProfileType>,
  res: MedusaResponse
) => {
  const customerId = req.auth_context.actor_id
  const current = await profileOf(req, customerId)

  const { result: issues } = await checkCitizenProfileWorkflow(req.scope).run({
    input: { ...req.validatedBody, profile_id: current?.id },
  })
  if (respondWithIssues(req, res, issues)) {
    return
  }

  await upsertCitizenProfileWorkflow(req.scope).run({
    input: { customer_id: customerId, ...req.validatedBody },
  })
  res.json({ citizen_profile: await profileOf(req, customerId) })
}
