import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVES_MODULE } from "../../modules/cooperatives"
import type CooperativesModuleService from "../../modules/cooperatives/service"

type ProductsCreated = {
  products: { id: string }[]
  additional_data?: Record<string, unknown> | null
}

type LinkRef = { cooperative_id: string; product_ids: string[] }

/**
 * Handler for `createProductsWorkflow.hooks.productsCreated`, registered by the application:
 * links the new services to `additional_data.cooperative_id` (which the scoping middleware
 * forces to a member's own cooperative). Returns the links made, for `unlinkCreatedProducts`.
 */
export async function linkCreatedProducts(
  { products, additional_data }: ProductsCreated,
  { container }: { container: MedusaContainer }
): Promise<StepResponse<LinkRef | null, LinkRef | null>> {
  const cooperativeId = additional_data?.cooperative_id
  if (cooperativeId === undefined || cooperativeId === null) {
    return new StepResponse(null, null)
  }
  if (typeof cooperativeId !== "string") {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "additional_data.cooperative_id must be a cooperative id")
  }
  const service = container.resolve<CooperativesModuleService>(COOPERATIVES_MODULE)
  await service.retrieveCooperative(cooperativeId, { select: ["id"] })
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  await link.create(
    products.map((product) => ({
      [COOPERATIVES_MODULE]: { cooperative_id: cooperativeId },
      [Modules.PRODUCT]: { product_id: product.id },
    }))
  )
  const ref: LinkRef = { cooperative_id: cooperativeId, product_ids: products.map((p) => p.id) }
  return new StepResponse(ref, ref)
}

/** Compensation of `linkCreatedProducts`: removes the links it made. */
export async function unlinkCreatedProducts(ref: LinkRef | null | undefined, { container }: { container: MedusaContainer }) {
  if (!ref) {
    return
  }
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  await link.dismiss(
    ref.product_ids.map((product_id) => ({
      [COOPERATIVES_MODULE]: { cooperative_id: ref.cooperative_id },
      [Modules.PRODUCT]: { product_id },
    }))
  )
}
