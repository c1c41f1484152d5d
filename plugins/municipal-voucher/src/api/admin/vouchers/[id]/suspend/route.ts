import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateVoucherStatusWorkflow } from "../../../../../workflows/vouchers/update-voucher-status"
import { localeOf } from "../../../../utils/locale"

export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await updateVoucherStatusWorkflow(req.scope).run({
    input: { id: req.params.id, action: "suspend", locale: localeOf(req) },
  })
  res.json({ voucher: result })
}
