import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminDecideChangeRequest, AdminListChangeRequests } from "./validators"

// Operators and platform admins only: platform-access refuses every custom admin route to
// cooperative members unless a plugin opens it, and these are not opened.
export const adminChangeRequestMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/citizen-change-requests",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminListChangeRequests, {})],
  },
  {
    matcher: "/admin/citizen-change-requests/:id/approve",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminDecideChangeRequest)],
  },
  {
    matcher: "/admin/citizen-change-requests/:id/reject",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminDecideChangeRequest)],
  },
]
