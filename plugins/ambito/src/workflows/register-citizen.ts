import { Modules } from "@medusajs/framework/utils"
import {
  createHook,
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { createCustomerAccountWorkflow, createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { AMBITO_MODULE } from "../modules/ambito"
import { createCitizenProfileStep } from "./steps/create-citizen-profile"
import { validateCitizenProfileStep } from "./steps/validate-citizen-profile"
import type { Sex } from "../lib/citizen-rules"

export type RegisterCitizenWorkflowInput = {
  auth_identity_id: string
  customer: {
    email: string
    first_name: string
    last_name: string
    phone?: string | null
  }
  profile: {
    codice_fiscale: string
    comune_id: string
    household_size: number
    /** Declared at registration and checked against the codice fiscale with the names. */
    sex?: Sex
    date_of_birth?: string
  }
}

export const registerCitizenWorkflowId = "register-citizen"

/**
 * Registers a citizen: the Medusa customer, its citizen profile and the link
 * between them, all or nothing.
 */
export const registerCitizenWorkflow = createWorkflow(
  registerCitizenWorkflowId,
  (input: RegisterCitizenWorkflowInput) => {
    const candidate = transform({ input }, ({ input }) => ({
      codice_fiscale: input.profile.codice_fiscale,
      comune_id: input.profile.comune_id,
      household_size: input.profile.household_size,
      identity:
        input.profile.sex && input.profile.date_of_birth
          ? {
              first_name: input.customer.first_name,
              last_name: input.customer.last_name,
              sex: input.profile.sex,
              date_of_birth: input.profile.date_of_birth,
            }
          : undefined,
    }))
    validateCitizenProfileStep(candidate)

    const customerInput = transform({ input }, ({ input }) => ({
      authIdentityId: input.auth_identity_id,
      customerData: { ...input.customer, has_account: true },
    }))
    const customer = createCustomerAccountWorkflow.runAsStep({ input: customerInput })

    const profile = createCitizenProfileStep(input.profile)

    const link = transform({ customer, profile }, ({ customer, profile }) => [
      {
        [Modules.CUSTOMER]: { customer_id: customer.id },
        [AMBITO_MODULE]: { citizen_profile_id: profile.id },
      },
    ])
    createRemoteLinkStep(link)

    const citizenRegistered = createHook("citizenRegistered", { customer, profile })

    return new WorkflowResponse({ customer, profile }, { hooks: [citizenRegistered] })
  }
)
