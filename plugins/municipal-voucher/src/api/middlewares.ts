import { defineMiddlewares } from "@medusajs/framework/http"
import { adminOrderVoucherMiddlewares } from "./admin/orders/middlewares"
import { adminVoucherCitizenMiddlewares } from "./admin/voucher-citizens/middlewares"
import { adminVoucherSchemeMiddlewares } from "./admin/voucher-schemes/middlewares"
import { adminVoucherMiddlewares } from "./admin/vouchers/middlewares"
import { storeCartVoucherMiddlewares } from "./store/carts/middlewares"
import { storeVoucherMiddlewares } from "./store/vouchers/middlewares"

export default defineMiddlewares({
  routes: [
    ...storeVoucherMiddlewares,
    ...storeCartVoucherMiddlewares,
    ...adminVoucherSchemeMiddlewares,
    ...adminVoucherMiddlewares,
    ...adminVoucherCitizenMiddlewares,
    ...adminOrderVoucherMiddlewares,
  ],
})
