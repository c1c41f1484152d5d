import { defineMiddlewares } from "@medusajs/framework/http"
import { voucherRouteAccess } from "./access/voucher-routes"
import { authRateLimitMiddlewares } from "./auth/middlewares"

/** Application-wide rules over the plugins' and Medusa's routes; each entry lives in its own file. */
export default defineMiddlewares({
  routes: [...authRateLimitMiddlewares, ...voucherRouteAccess],
})
