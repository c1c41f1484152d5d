import { defineMiddlewares } from "@medusajs/framework/http"
import { voucherRouteAccess } from "./access/voucher-routes"

/** Application-wide rules over the plugins' routes; each entry lives in its own file. */
export default defineMiddlewares({
  routes: [...voucherRouteAccess],
})
