import { defineMiddlewares } from "@medusajs/framework/http"
import { resolvePlatformAccess } from "../lib/access"

export default defineMiddlewares({
  routes: [{ matcher: "/admin*", middlewares: [resolvePlatformAccess] }],
})
