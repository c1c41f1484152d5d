import { MedusaError, Modules } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { AMBITO_MODULE } from "../modules/ambito"
import { createCitizenProfileStep } from "./steps/create-citizen-profile"
import { updateCitizenProfileStep } from "./steps/update-citizen-profile"
import { validateCitizenProfileStep } from "./steps/validate-citizen-profile"

export type UpsertCitizenProfileWorkflowInput = {
  customer_id: string
  codice_fiscale?: string
  comune_id?: string
  household_size?: number
}

type ExistingProfile = {
  id: string
  codice_fiscale: string
  comune_id: string
  household_size: number
} | null

const requireCompleteProfileStep = createStep(
  "require-complete-citizen-profile",
  async (input: UpsertCitizenProfileWorkflowInput) => {
    if (!input.codice_fiscale || !input.comune_id || input.household_size === undefined) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Per creare il profilo servono codice fiscale, comune di residenza e nucleo familiare."
      )
    }
  }
)

export const upsertCitizenProfileWorkflowId = "upsert-citizen-profile"

/**
 * Creates the citizen profile of a customer, or changes the fields given;
 * validated as a whole, so a partial edit can never leave a bad profile.
 */
export const upsertCitizenProfileWorkflow = createWorkflow(
  upsertCitizenProfileWorkflowId,
  (input: UpsertCitizenProfileWorkflowInput) => {
    const { data: customers } = useQueryGraphStep({
      entity: "customer",
      fields: ["id", "citizen_profile.*"],
      filters: { id: input.customer_id },
      options: { throwIfKeyNotFound: true },
    })

    const existing = transform({ customers }, ({ customers }): ExistingProfile =>
      (customers[0] as { citizen_profile?: ExistingProfile }).citizen_profile ?? null
    )

    const candidate = transform({ input, existing }, ({ input, existing }) => ({
      profile_id: existing?.id,
      codice_fiscale: input.codice_fiscale,
      comune_id: input.comune_id,
      household_size: input.household_size,
    }))
    validateCitizenProfileStep(candidate)

    const updated = when({ existing }, ({ existing }) => !!existing).then(() =>
      updateCitizenProfileStep(
        transform({ input, existing }, ({ input, existing }) => ({
          id: existing!.id,
          codice_fiscale: input.codice_fiscale,
          comune_id: input.comune_id,
          household_size: input.household_size,
        }))
      )
    )

    const created = when({ existing }, ({ existing }) => !existing).then(() => {
      requireCompleteProfileStep(input)
      const profile = createCitizenProfileStep(
        transform({ input }, ({ input }) => ({
          codice_fiscale: input.codice_fiscale!,
          comune_id: input.comune_id!,
          household_size: input.household_size!,
        }))
      )
      createRemoteLinkStep(
        transform({ input, profile }, ({ input, profile }) => [
          {
            [Modules.CUSTOMER]: { customer_id: input.customer_id },
            [AMBITO_MODULE]: { citizen_profile_id: profile.id },
          },
        ])
      )
      return profile
    })

    const profile = transform({ updated, created }, ({ updated, created }) => updated ?? created)
    return new WorkflowResponse(profile)
  }
)
