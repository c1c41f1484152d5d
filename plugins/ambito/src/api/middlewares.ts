import { defineMiddlewares } from "@medusajs/framework/http"
import { adminChangeRequestMiddlewares } from "./admin/citizen-change-requests/middlewares"
import { adminCustomerMiddlewares } from "./admin/customers/middlewares"
import { storeCitizenMiddlewares } from "./store/citizens/middlewares"

export default defineMiddlewares({
  routes: [...storeCitizenMiddlewares, ...adminCustomerMiddlewares, ...adminChangeRequestMiddlewares],
})
