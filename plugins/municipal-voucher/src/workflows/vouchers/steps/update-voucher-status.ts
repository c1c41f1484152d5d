import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { Locale } from "../../../lib/messages"
import { MUNICIPAL_VOUCHER_MODULE } from "../../../modules/municipal-voucher"
import type MunicipalVoucherModuleService from "../../../modules/municipal-voucher/service"
import { refuse } from "../../../lib/errors"

export type UpdateVoucherStatusStepInput = { id: string; action: "suspend" | "reinstate"; locale?: Locale }

export const updateVoucherStatusStepId = "update-voucher-status"

/**
 * Suspends an active voucher or reinstates a suspended one (as exhausted when nothing
 * is left); an expired voucher stays expired. Undone by restoring the previous status.
 */
export const updateVoucherStatusStep = createStep(
  updateVoucherStatusStepId,
  async (input: UpdateVoucherStatusStepInput, { container }) => {
    const service: MunicipalVoucherModuleService = container.resolve(MUNICIPAL_VOUCHER_MODULE)
    const [voucher] = await service.listVouchers({ id: input.id })
    if (!voucher) {
      refuse(MedusaError.Types.NOT_FOUND, "voucher_not_found", input.locale)
    }
    if (voucher.status === "expired") {
      refuse(MedusaError.Types.NOT_ALLOWED, "voucher_expired", input.locale)
    }
    const status =
      input.action === "suspend" ? "suspended" : Number(voucher.balance) > 0 ? "active" : "exhausted"
    const updated = await service.updateVouchers({ id: voucher.id, status })
    return new StepResponse(updated, { id: voucher.id, status: voucher.status })
  },
  async (before, { container }) => {
    if (!before) {
      return
    }
    const service: MunicipalVoucherModuleService = container.resolve(MUNICIPAL_VOUCHER_MODULE)
    await service.updateVouchers(before)
  }
)
