import { authenticate, MiddlewareRoute } from "@medusajs/framework/http"

export const storeVoucherMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/vouchers*",
    middlewares: [authenticate("customer", ["session", "bearer"])],
  },
]
