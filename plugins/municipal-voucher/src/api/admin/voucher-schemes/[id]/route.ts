import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { localeFrom } from "../../../../lib/messages"
import { updateVoucherSchemeWorkflow } from "../../../../workflows/schemes/update-voucher-scheme"
import type { AdminUpdateVoucherSchemeType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph(
    { entity: "voucher_scheme", fields: req.queryConfig.fields, filters: { id: req.params.id } },
    { throwIfKeyNotFound: true }
  )
  res.json({ voucher_scheme: data[0] })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateVoucherSchemeType>, res: MedusaResponse) => {
  const { result } = await updateVoucherSchemeWorkflow(req.scope).run({
    input: { id: req.params.id, ...req.validatedBody, locale: localeFrom(req.headers["accept-language"]) },
  })
  res.json({ voucher_scheme: result })
}
