import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MUNICIPAL_VOUCHER_MODULE } from "../../../modules/municipal-voucher"
import type MunicipalVoucherModuleService from "../../../modules/municipal-voucher/service"

export type CreateVoucherSchemeStepInput = {
  name: string
  description?: string | null
  comuni: string[]
  funding_source: string
  starts_at: Date
  ends_at: Date
  care_areas: string[]
  cooperative_handles?: string[] | null
  product_ids?: string[] | null
  max_per_citizen?: number | null
}

export const createVoucherSchemeStepId = "create-voucher-scheme"

/** Creates a scheme; undone by deleting it. */
export const createVoucherSchemeStep = createStep(
  createVoucherSchemeStepId,
  async (input: CreateVoucherSchemeStepInput, { container }) => {
    const service: MunicipalVoucherModuleService = container.resolve(MUNICIPAL_VOUCHER_MODULE)
    const scheme = await service.createVoucherSchemes(input)
    return new StepResponse(scheme, scheme.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const service: MunicipalVoucherModuleService = container.resolve(MUNICIPAL_VOUCHER_MODULE)
    await service.deleteVoucherSchemes(id)
  }
)
