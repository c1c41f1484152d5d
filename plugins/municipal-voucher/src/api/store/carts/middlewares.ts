import { authenticate, MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { StoreApplyVoucher } from "./validators"

export const storeCartVoucherMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/carts/:id/vouchers*",
    middlewares: [authenticate("customer", ["session", "bearer"])],
  },
  {
    matcher: "/store/carts/:id/vouchers",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(StoreApplyVoucher)],
  },
]
