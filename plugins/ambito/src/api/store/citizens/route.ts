import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { checkCitizenProfileWorkflow } from "../../../workflows/check-citizen-profile"
import { registerCitizenWorkflow } from "../../../workflows/register-citizen"
import { localeFrom, message } from "../../../lib/messages"
import { CITIZEN_PROFILE_FIELDS, identityOf, respondWithIssues } from "../../utils/citizen-profile-response"
import type { StoreRegisterCitizenType } from "./validators"

/**
 * Registers the caller's auth identity as a citizen: customer and profile together, only
 * when the codice fiscale is the code of the person declared (names, sex, date of birth).
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<StoreRegisterCitizenType>,
  res: MedusaResponse
) => {
  if (req.auth_context.actor_id) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      message("already_registered", localeFrom(req.headers["accept-language"]))
    )
  }
  const { codice_fiscale, comune_id, household_size, sex, date_of_birth, ...customer } = req.validatedBody

  const { result: issues } = await checkCitizenProfileWorkflow(req.scope).run({
    input: { codice_fiscale, comune_id, household_size, identity: identityOf(req.validatedBody) },
  })
  if (respondWithIssues(req, res, issues)) {
    return
  }

  const { result } = await registerCitizenWorkflow(req.scope).run({
    input: {
      auth_identity_id: req.auth_context.auth_identity_id,
      customer,
      profile: { codice_fiscale, comune_id, household_size, sex, date_of_birth },
    },
  })

  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [registered],
  } = await query.graph({
    entity: "customer",
    fields: ["id", "email", "first_name", "last_name", "phone", ...CITIZEN_PROFILE_FIELDS.map((f) => `citizen_profile.${f}`)],
    filters: { id: result.customer.id },
  })
  res.status(200).json({ customer: registered })
}
