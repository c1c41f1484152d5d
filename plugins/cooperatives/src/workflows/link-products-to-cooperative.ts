import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { COOPERATIVES_MODULE } from "../modules/cooperatives"
import { validateProductsUnlinkedStep } from "./steps/validate-products-unlinked"

export const linkProductsToCooperativeWorkflowId = "link-products-to-cooperative"

/** Makes a cooperative the seller of services that have none yet. */
export const linkProductsToCooperativeWorkflow = createWorkflow(
  linkProductsToCooperativeWorkflowId,
  (input: { cooperative_id: string; product_ids: string[] }) => {
    const newIds = validateProductsUnlinkedStep(input)
    const links = transform({ input, newIds }, ({ input, newIds }) =>
      newIds.map((product_id) => ({
        [COOPERATIVES_MODULE]: { cooperative_id: input.cooperative_id },
        [Modules.PRODUCT]: { product_id },
      }))
    )
    createRemoteLinkStep(links)
    return new WorkflowResponse(newIds)
  }
)
