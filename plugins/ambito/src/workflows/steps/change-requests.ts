import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AMBITO_MODULE } from "../../modules/ambito"
import type AmbitoModuleService from "../../modules/ambito/service"
import { Locale, message } from "../../lib/messages"

export type VerifiedProfile = { id: string; comune_id: string; household_size: number }

export type NewChangeRequest = {
  profile: VerifiedProfile | null
  comune_id?: string
  household_size?: number
  note?: string | null
  requested_by: string
  locale?: Locale
}

/**
 * The request must change something, and the citizen may have only one waiting; the
 * values themselves are checked like a profile's before this step.
 */
export const validateChangeRequestStep = createStep(
  "validate-citizen-profile-change-request",
  async (input: NewChangeRequest, { container }) => {
    const locale = input.locale ?? "it"
    if (!input.profile) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, message("profile_missing", locale))
    }
    const changesComune = input.comune_id !== undefined && input.comune_id !== input.profile.comune_id
    const changesHousehold =
      input.household_size !== undefined && input.household_size !== input.profile.household_size
    if (!changesComune && !changesHousehold) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, message("change_request_no_change", locale))
    }
    const service: AmbitoModuleService = container.resolve(AMBITO_MODULE)
    const [pending] = await service.listCitizenProfileChangeRequests(
      { profile_id: input.profile.id, status: "pending" },
      { select: ["id"], take: 1 }
    )
    if (pending) {
      throw new MedusaError(MedusaError.Types.CONFLICT, message("change_request_pending", locale))
    }
  }
)

/** Records a pending request with the verified values it would replace; undone by deleting it. */
export const createChangeRequestStep = createStep(
  "create-citizen-profile-change-request",
  async (input: NewChangeRequest, { container }) => {
    const service: AmbitoModuleService = container.resolve(AMBITO_MODULE)
    const profile = input.profile!
    try {
      const request = await service.createCitizenProfileChangeRequests({
        profile_id: profile.id,
        status: "pending",
        requested_comune_id:
          input.comune_id !== undefined && input.comune_id !== profile.comune_id ? input.comune_id : null,
        requested_household_size:
          input.household_size !== undefined && input.household_size !== profile.household_size
            ? input.household_size
            : null,
        previous_comune_id: profile.comune_id,
        previous_household_size: profile.household_size,
        note: input.note ?? null,
        requested_by: input.requested_by,
      })
      return new StepResponse(request, request.id)
    } catch (error) {
      // Two submissions at once: the unique index on pending requests lets one through.
      if (/unique|duplicate|already exists/i.test(String((error as Error).message))) {
        throw new MedusaError(MedusaError.Types.CONFLICT, message("change_request_pending", input.locale ?? "it"))
      }
      throw error
    }
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const service: AmbitoModuleService = container.resolve(AMBITO_MODULE)
    await service.deleteCitizenProfileChangeRequests(id)
  }
)

export type ChangeRequestDecisionInput = {
  id: string
  decision: "approve" | "reject"
  reason?: string | null
  actor_id: string
  locale?: Locale
}

/**
 * Marks a pending request decided, atomically: a request decided already (or by another
 * operator a moment ago) is refused. Undone by putting it back to pending.
 */
export const claimChangeRequestStep = createStep(
  "claim-citizen-profile-change-request",
  async (input: ChangeRequestDecisionInput, { container }) => {
    const locale = input.locale ?? "it"
    const reason = input.reason?.trim() || null
    if (input.decision === "reject" && !reason) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, message("change_request_reason_required", locale))
    }
    const service: AmbitoModuleService = container.resolve(AMBITO_MODULE)
    // Throws NOT_FOUND for an unknown id.
    await service.retrieveCitizenProfileChangeRequest(input.id, { select: ["id"] })
    const claimed = await service.claimPendingChangeRequest(input.id, {
      status: input.decision === "approve" ? "approved" : "rejected",
      decided_by: input.actor_id,
      decision_reason: reason,
    })
    if (!claimed) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, message("change_request_decided", locale))
    }
    const request = await service.retrieveCitizenProfileChangeRequest(input.id)
    return new StepResponse(request, input.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const service: AmbitoModuleService = container.resolve(AMBITO_MODULE)
    await service.reopenChangeRequest(id)
  }
)
