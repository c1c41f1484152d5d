import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { checkCitizenProfileWorkflow } from "../../../../../workflows/check-citizen-profile"
import { upsertCitizenProfileWorkflow } from "../../../../../workflows/upsert-citizen-profile"
import { CITIZEN_PROFILE_FIELDS, respondWithIssues } from "../../../../utils/citizen-profile-response"
import type { AdminUpsertCitizenProfileType } from "../../validators"

async function customerWithProfile(req: AuthenticatedMedusaRequest) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "customer",
    fields: ["id", ...CITIZEN_PROFILE_FIELDS.map((f) => `citizen_profile.${f}`)],
    filters: { id: req.params.id },
  })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer with id: ${req.params.id} was not found`)
  }
  return data[0]
}

/** The citizen profile of a customer, as an operator sees it on the customer page. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const customer = await customerWithProfile(req)
  res.json({ citizen_profile: customer.citizen_profile ?? null })
}

/** An operator creates or corrects a profile, e.g. for a citizen at the Social Point desk. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpsertCitizenProfileType>,
  res: MedusaResponse
) => {
  const customer = await customerWithProfile(req)
  const { result: issues } = await checkCitizenProfileWorkflow(req.scope).run({
    input: { ...req.validatedBody, profile_id: customer.citizen_profile?.id },
  })
  if (respondWithIssues(req, res, issues)) {
    return
  }
  await upsertCitizenProfileWorkflow(req.scope).run({
    input: { customer_id: customer.id, ...req.validatedBody },
  })
  res.json({ citizen_profile: (await customerWithProfile(req)).citizen_profile })
}
