import { defineMiddlewares } from "@medusajs/framework/http"
import { adminCooperativeMiddlewares } from "./admin/cooperatives/middlewares"
import { adminOrderScopeMiddlewares } from "./admin/orders/middlewares"
import { adminProductScopeMiddlewares } from "./admin/products/middlewares"
import { storeProductMiddlewares } from "./store/products/middlewares"

export default defineMiddlewares({
  routes: [...adminCooperativeMiddlewares, ...adminProductScopeMiddlewares, ...adminOrderScopeMiddlewares, ...storeProductMiddlewares],
})
