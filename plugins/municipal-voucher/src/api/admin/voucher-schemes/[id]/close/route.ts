import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateVoucherSchemeWorkflow } from "../../../../../workflows/schemes/update-voucher-scheme"
import { localeOf } from "../../../../utils/locale"

/** Closes a scheme: no new vouchers can be assigned and its vouchers can no longer be spent; orders already placed stay. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await updateVoucherSchemeWorkflow(req.scope).run({
    input: { id: req.params.id, status: "closed", locale: localeOf(req) },
  })
  res.json({ voucher_scheme: result })
}
