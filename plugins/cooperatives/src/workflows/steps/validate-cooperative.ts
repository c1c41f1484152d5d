import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { checkCooperativeFields } from "../../lib/cooperative-rules"
import { COOPERATIVES_MODULE } from "../../modules/cooperatives"
import type CooperativesModuleService from "../../modules/cooperatives/service"
import type { CooperativeInput } from "../types"

export const validateCooperativeStepId = "validate-cooperative"

/**
 * Checks a cooperative's fiscal codes, IBAN, care areas (top-level product categories) and
 * comuni (the Ambito's, read through Query) and that its partita IVA is new; returns the
 * normalized data to write.
 */
export const validateCooperativeStep = createStep(
  validateCooperativeStepId,
  async (input: CooperativeInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [{ data: categories }, { data: comuni }] = await Promise.all([
      query.graph({ entity: "product_category", fields: ["handle"], filters: { parent_category_id: null } }),
      query.graph({ entity: "comune", fields: ["istat_code"] }),
    ])
    const { issues, normalized } = checkCooperativeFields(input, {
      careAreas: categories.map((c: { handle: string }) => c.handle),
      comuni: comuni.map((c: { istat_code: string }) => c.istat_code),
    })
    if (!comuni.some((c: { istat_code: string }) => c.istat_code === input.comune)) {
      issues.push({ field: "comuni_served", code: "unknown_comune" })
    }
    if (issues.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Invalid cooperative ${input.name}: ${issues.map((i) => `${i.field} ${i.code}`).join(", ")}`
      )
    }
    const service = container.resolve<CooperativesModuleService>(COOPERATIVES_MODULE)
    const [clash] = await service.listCooperatives(
      { $or: [{ partita_iva: normalized.partita_iva }, { handle: input.handle }] },
      { take: 1 }
    )
    if (clash) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `A cooperative with partita IVA ${normalized.partita_iva} or handle ${input.handle} exists already`
      )
    }
    return new StepResponse({ ...input, ...normalized } as CooperativeInput)
  }
)
