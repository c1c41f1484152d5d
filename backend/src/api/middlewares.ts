import { defineMiddlewares } from "@medusajs/framework/http"
import { authRateLimitMiddlewares } from "./auth/middlewares"

// Only gathers: each concern exports its own route entries.
export default defineMiddlewares({
  routes: [...authRateLimitMiddlewares],
})
