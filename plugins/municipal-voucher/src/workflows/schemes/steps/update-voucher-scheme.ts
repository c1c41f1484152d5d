import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MUNICIPAL_VOUCHER_MODULE } from "../../../modules/municipal-voucher"
import type MunicipalVoucherModuleService from "../../../modules/municipal-voucher/service"
import type { CreateVoucherSchemeStepInput } from "./create-voucher-scheme"

export type UpdateVoucherSchemeStepInput = Partial<CreateVoucherSchemeStepInput> & {
  id: string
  status?: "active" | "closed"
}

export const updateVoucherSchemeStepId = "update-voucher-scheme"

/** Changes a scheme; undone by restoring the fields it had before. */
export const updateVoucherSchemeStep = createStep(
  updateVoucherSchemeStepId,
  async (input: UpdateVoucherSchemeStepInput, { container }) => {
    const service: MunicipalVoucherModuleService = container.resolve(MUNICIPAL_VOUCHER_MODULE)
    const before = await service.retrieveVoucherScheme(input.id)
    const updated = await service.updateVoucherSchemes(input)
    const restore = Object.fromEntries(
      Object.keys(input).map((key) => [key, before[key as keyof typeof before]])
    ) as UpdateVoucherSchemeStepInput
    return new StepResponse(updated, { ...restore, id: input.id })
  },
  async (before, { container }) => {
    if (!before) {
      return
    }
    const service: MunicipalVoucherModuleService = container.resolve(MUNICIPAL_VOUCHER_MODULE)
    await service.updateVoucherSchemes(before)
  }
)
