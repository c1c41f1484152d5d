import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { checkCitizenProfileWorkflow } from "../../../../workflows/check-citizen-profile"
import { identityOf, respondWithIssues } from "../../../utils/citizen-profile-response"
import type { StoreCheckCitizenProfileType } from "../validators"

/** Checks a profile before registration, so a bad form creates nothing at all. */
export const POST = async (
  req: MedusaRequest<StoreCheckCitizenProfileType>,
  res: MedusaResponse
) => {
  const { codice_fiscale, comune_id, household_size } = req.validatedBody
  const { result: issues } = await checkCitizenProfileWorkflow(req.scope).run({
    input: { codice_fiscale, comune_id, household_size, identity: identityOf(req.validatedBody) },
  })
  if (!respondWithIssues(req, res, issues)) {
    res.json({ valid: true })
  }
}
