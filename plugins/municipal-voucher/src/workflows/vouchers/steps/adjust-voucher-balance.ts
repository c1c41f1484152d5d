import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MUNICIPAL_VOUCHER_MODULE } from "../../../modules/municipal-voucher"
import type { AdjustInput } from "../../../modules/municipal-voucher/ledger"
import type MunicipalVoucherModuleService from "../../../modules/municipal-voucher/service"

export const adjustVoucherBalanceStepId = "adjust-voucher-balance"

/** Writes a manual adjustment; undone by the opposite adjustment, so the ledger keeps both. */
export const adjustVoucherBalanceStep = createStep(
  adjustVoucherBalanceStepId,
  async (input: AdjustInput, { container }) => {
    const service: MunicipalVoucherModuleService = container.resolve(MUNICIPAL_VOUCHER_MODULE)
    const { entry, replayed } = await service.adjustValue(input)
    return new StepResponse(entry, replayed ? null : input)
  },
  async (done, { container }) => {
    if (!done) {
      return
    }
    const service: MunicipalVoucherModuleService = container.resolve(MUNICIPAL_VOUCHER_MODULE)
    await service.adjustValue({
      ...done,
      amount: -done.amount,
      reason: `Annullamento: ${done.reason}`,
      idempotency_key: `undo:${done.idempotency_key}`,
    })
  }
)
