import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { localeFrom } from "../../../../../lib/messages"
import { updateVoucherSchemeWorkflow } from "../../../../../workflows/update-voucher-scheme"

/** Closes a scheme: its vouchers stay spendable, no new ones can be assigned. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await updateVoucherSchemeWorkflow(req.scope).run({
    input: { id: req.params.id, status: "closed", locale: localeFrom(req.headers["accept-language"]) },
  })
  res.json({ voucher_scheme: result })
}
