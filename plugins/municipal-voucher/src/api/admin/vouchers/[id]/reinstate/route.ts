import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { localeFrom } from "../../../../../lib/messages"
import { updateVoucherStatusWorkflow } from "../../../../../workflows/vouchers/update-voucher-status"

export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await updateVoucherStatusWorkflow(req.scope).run({
    input: { id: req.params.id, action: "reinstate", locale: localeFrom(req.headers["accept-language"]) },
  })
  res.json({ voucher: result })
}
