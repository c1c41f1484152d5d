import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createVoucherSchemeWorkflow } from "../../../workflows/schemes/create-voucher-scheme"
import type { AdminCreateVoucherSchemeType, AdminGetVoucherSchemesParamsType } from "./validators"
import { localeOf } from "../../utils/locale"

export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetVoucherSchemesParamsType>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: voucher_schemes, metadata } = await query.graph({
    entity: "voucher_scheme",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({ voucher_schemes, count: metadata?.count, offset: metadata?.skip, limit: metadata?.take })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateVoucherSchemeType>, res: MedusaResponse) => {
  const { result } = await createVoucherSchemeWorkflow(req.scope).run({
    input: { ...req.validatedBody, locale: localeOf(req) },
  })
  res.status(201).json({ voucher_scheme: result })
}
