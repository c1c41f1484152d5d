import { MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { AdminUpsertCitizenProfile } from "./validators"

export const adminCustomerMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/customers/:id/citizen-profile",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminUpsertCitizenProfile)],
  },
]
