import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MUNICIPAL_VOUCHER_MODULE } from "../../../modules/municipal-voucher"
import type MunicipalVoucherModuleService from "../../../modules/municipal-voucher/service"

export const expireDueVouchersStepId = "expire-due-vouchers"

/**
 * Expires every voucher past its date, writing off what is left with an expiry entry.
 * Not undone: an expiry is final, and running it again changes nothing.
 */
export const expireDueVouchersStep = createStep(
  expireDueVouchersStepId,
  async (input: { now: Date }, { container }) => {
    const service: MunicipalVoucherModuleService = container.resolve(MUNICIPAL_VOUCHER_MODULE)
    const due = await service.listVouchers(
      { valid_until: { $lte: new Date(input.now) }, status: ["active", "exhausted", "suspended"] },
      { select: ["id"], take: null }
    )
    const expired: string[] = []
    for (const voucher of due) {
      const result = await service.expireVoucher(voucher.id)
      if (result && !result.replayed) {
        expired.push(voucher.id)
      }
    }
    return new StepResponse(expired)
  }
)
