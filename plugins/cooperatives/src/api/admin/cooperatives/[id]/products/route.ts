import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { linkProductsToCooperativeWorkflow } from "../../../../../workflows/link-products-to-cooperative"
import type { AdminLinkCooperativeProductsType } from "../../validators"

export const POST = async (req: AuthenticatedMedusaRequest<AdminLinkCooperativeProductsType>, res: MedusaResponse) => {
  const { result } = await linkProductsToCooperativeWorkflow(req.scope).run({
    input: { cooperative_id: req.params.id, product_ids: req.validatedBody.product_ids },
  })
  res.json({ linked_product_ids: result })
}
