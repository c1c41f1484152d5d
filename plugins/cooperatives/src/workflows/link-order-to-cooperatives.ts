import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { COOPERATIVES_MODULE } from "../modules/cooperatives"
import { findOrderCooperativesStep } from "./steps/find-order-cooperatives"

export const linkOrderToCooperativesWorkflowId = "link-order-to-cooperatives"

/** Links a placed order to each cooperative whose services it contains; running it again adds nothing. */
export const linkOrderToCooperativesWorkflow = createWorkflow(
  linkOrderToCooperativesWorkflowId,
  (input: { order_id: string }) => {
    const cooperativeIds = findOrderCooperativesStep(input)
    const links = transform({ input, cooperativeIds }, ({ input, cooperativeIds }) =>
      cooperativeIds.map((cooperative_id) => ({
        [COOPERATIVES_MODULE]: { cooperative_id },
        [Modules.ORDER]: { order_id: input.order_id },
      }))
    )
    createRemoteLinkStep(links)
    return new WorkflowResponse(cooperativeIds)
  }
)
