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
    validateCitizenProfileStep(input.profile)

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
