import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AMBITO_MODULE } from "../../modules/ambito"
import type AmbitoModuleService from "../../modules/ambito/service"
import {
  CitizenProfileIssue,
  DeclaredIdentity,
  findFormatIssues,
  findIdentityIssues,
  normalizeCodiceFiscale,
} from "../../lib/citizen-rules"

export type CitizenProfileCandidate = {
  codice_fiscale?: string
  comune_id?: string
  household_size?: number
  /** The profile being edited, so that its own codice fiscale is not "taken". */
  profile_id?: string
  /** The person declared at registration, checked against the codice fiscale when given. */
  identity?: DeclaredIdentity
}

/** Every rule a citizen profile must meet; the fields left undefined are not checked. */
export async function findCitizenProfileIssues(
  service: AmbitoModuleService,
  candidate: CitizenProfileCandidate
): Promise<CitizenProfileIssue[]> {
  const issues = findFormatIssues(candidate)

  if (candidate.comune_id !== undefined) {
    const [comune] = await service.listComunes({ id: candidate.comune_id }, { select: ["id"] })
    if (!comune) {
      issues.push({ field: "comune_id", code: "comune_not_in_ambito" })
    }
  }

  const codeIsWellFormed = !issues.some((i) => i.field === "codice_fiscale")
  if (candidate.codice_fiscale !== undefined && codeIsWellFormed && candidate.identity) {
    const mismatches = findIdentityIssues(candidate.codice_fiscale, candidate.identity)
    if (mismatches.length) {
      // A code that is not the caller's own says nothing about who holds it.
      return [...issues, ...mismatches]
    }
  }
  if (candidate.codice_fiscale !== undefined && codeIsWellFormed) {
    const [holder] = await service.listCitizenProfiles(
      { codice_fiscale: normalizeCodiceFiscale(candidate.codice_fiscale) },
      { select: ["id"] }
    )
    if (holder && holder.id !== candidate.profile_id) {
      issues.push({ field: "codice_fiscale", code: "codice_fiscale_taken" })
    }
  }
  return issues
}

export const findCitizenProfileIssuesStepId = "find-citizen-profile-issues"

/** Reports what is wrong with a citizen profile without writing anything. */
export const findCitizenProfileIssuesStep = createStep(
  findCitizenProfileIssuesStepId,
  async (candidate: CitizenProfileCandidate, { container }) => {
    const service: AmbitoModuleService = container.resolve(AMBITO_MODULE)
    return new StepResponse(await findCitizenProfileIssues(service, candidate))
  }
)
