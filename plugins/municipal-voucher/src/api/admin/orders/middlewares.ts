import { MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { AdminRefundOrderLine } from "./validators"

export const adminOrderVoucherMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/orders/:id/voucher-refunds",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminRefundOrderLine)],
  },
]
