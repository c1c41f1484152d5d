import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateVoucherSchemeWorkflow } from "../../../../workflows/schemes/update-voucher-scheme"
import type { AdminUpdateVoucherSchemeType } from "../validators"
import { localeOf } from "../../../utils/locale"

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
    input: { id: req.params.id, ...req.validatedBody, locale: localeOf(req) },
  })
  res.json({ voucher_scheme: result })
}
