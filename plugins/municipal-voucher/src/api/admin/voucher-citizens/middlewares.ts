import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminSearchVoucherCitizens } from "./validators"

export const adminVoucherCitizenMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/voucher-citizens",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminSearchVoucherCitizens, {})],
  },
]
