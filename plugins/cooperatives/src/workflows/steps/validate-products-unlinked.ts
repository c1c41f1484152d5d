import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { cooperativesOfProducts } from "../../lib/cooperative-links"
import { COOPERATIVES_MODULE } from "../../modules/cooperatives"
import type CooperativesModuleService from "../../modules/cooperatives/service"

export const validateProductsUnlinkedStepId = "validate-products-unlinked"

/**
 * Every service has exactly one cooperative: refuses products that exist nowhere or already
 * belong to another one (the same cooperative again is a no-op, left out of the returned list).
 */
export const validateProductsUnlinkedStep = createStep(
  validateProductsUnlinkedStepId,
  async (input: { cooperative_id: string; product_ids: string[] }, { container }) => {
    const service = container.resolve<CooperativesModuleService>(COOPERATIVES_MODULE)
    await service.retrieveCooperative(input.cooperative_id, { select: ["id"] })
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: products } = await query.graph({
      entity: "product",
      fields: ["id"],
      filters: { id: input.product_ids },
    })
    const found = new Set(products.map((p: { id: string }) => p.id))
    const missing = input.product_ids.filter((id) => !found.has(id))
    if (missing.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Products not found: ${missing.join(", ")}`)
    }
    const owners = await cooperativesOfProducts(container, input.product_ids)
    const taken = input.product_ids.filter((id) => owners.has(id) && owners.get(id) !== input.cooperative_id)
    if (taken.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Products already sold by another cooperative: ${taken.join(", ")}`
      )
    }
    return new StepResponse(input.product_ids.filter((id) => !owners.has(id)))
  }
)
