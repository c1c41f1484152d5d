import { defineMiddlewares } from "@medusajs/framework/http"
import { storeCartVoucherMiddlewares } from "./store/carts/middlewares"
import { storeVoucherMiddlewares } from "./store/vouchers/middlewares"

export default defineMiddlewares({
  routes: [...storeVoucherMiddlewares, ...storeCartVoucherMiddlewares],
})
