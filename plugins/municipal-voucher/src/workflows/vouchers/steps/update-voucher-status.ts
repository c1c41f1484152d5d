import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { Locale } from "../../../lib/messages"
import { MUNICIPAL_VOUCHER_MODULE } from "../../../modules/municipal-voucher"
import type MunicipalVoucherModuleService from "../../../modules/municipal-voucher/service"

export type UpdateVoucherStatusStepInput = { id: string; action: "suspend" | "reinstate"; locale?: Locale }

export const updateVoucherStatusStepId = "update-voucher-status"

/**
 * Suspends an active voucher or reinstates a suspended one (as exhausted when nothing
 * is left), under the ledger's row lock; an expired voucher stays expired. Undone by
 * restoring the previous status.
 */
export const updateVoucherStatusStep = createStep(
  updateVoucherStatusStepId,
  async (input: UpdateVoucherStatusStepInput, { container }) => {
    const service: MunicipalVoucherModuleService = container.resolve(MUNICIPAL_VOUCHER_MODULE)
    const change = await service.setVoucherSuspended(input.id, input.action === "suspend", input.locale)
    const voucher = await service.retrieveVoucher(input.id)
    return new StepResponse(voucher, { id: change.id, status: change.previous })
  },
  async (before, { container }) => {
    if (!before) {
      return
    }
    const service: MunicipalVoucherModuleService = container.resolve(MUNICIPAL_VOUCHER_MODULE)
    await service.restoreVoucherStatus(before.id, before.status)
  }
)
