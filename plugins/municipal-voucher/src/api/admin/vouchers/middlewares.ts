import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { validateBodyInOperatorLanguage } from "../../utils/localized-body"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { listVouchersQueryConfig, retrieveVoucherQueryConfig } from "./query-config"
import { AdminAdjustVoucher, AdminGetVouchersParams } from "./validators"

export const adminVoucherMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/vouchers",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminGetVouchersParams, listVouchersQueryConfig)],
  },
  {
    matcher: "/admin/vouchers/:id",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(createSelectParams(), retrieveVoucherQueryConfig)],
  },
  {
    matcher: "/admin/vouchers/:id/adjustments",
    methods: ["POST"],
    middlewares: [validateBodyInOperatorLanguage(AdminAdjustVoucher)],
  },
]
