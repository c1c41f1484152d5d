import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { validateBodyInOperatorLanguage } from "../../utils/localized-body"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { listSchemesQueryConfig, retrieveSchemeQueryConfig } from "./query-config"
import {
  AdminAssignVoucher,
  AdminCreateVoucherScheme,
  AdminGetVoucherSchemesParams,
  AdminImportVouchers,
  AdminUpdateVoucherScheme,
} from "./validators"

export const adminVoucherSchemeMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/voucher-schemes",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminGetVoucherSchemesParams, listSchemesQueryConfig)],
  },
  {
    matcher: "/admin/voucher-schemes",
    methods: ["POST"],
    middlewares: [validateBodyInOperatorLanguage(AdminCreateVoucherScheme)],
  },
  {
    matcher: "/admin/voucher-schemes/:id",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(createSelectParams(), retrieveSchemeQueryConfig)],
  },
  {
    matcher: "/admin/voucher-schemes/:id",
    methods: ["POST"],
    middlewares: [validateBodyInOperatorLanguage(AdminUpdateVoucherScheme)],
  },
  {
    matcher: "/admin/voucher-schemes/:id/vouchers",
    methods: ["POST"],
    middlewares: [validateBodyInOperatorLanguage(AdminAssignVoucher)],
  },
  {
    matcher: "/admin/voucher-schemes/:id/vouchers/import",
    methods: ["POST"],
    // A CSV of 20,000 citizens is about 1 MB: more than Medusa's default body limit, on this route only.
    bodyParser: { sizeLimit: "4mb" },
    middlewares: [validateBodyInOperatorLanguage(AdminImportVouchers)],
  },
]
