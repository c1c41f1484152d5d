import { defineMiddlewares } from "@medusajs/framework/http"
import { adminOrderVoucherMiddlewares } from "./admin/orders/middlewares"
import { adminVoucherCitizenMiddlewares } from "./admin/voucher-citizens/middlewares"
import { adminVoucherSchemeMiddlewares } from "./admin/voucher-schemes/middlewares"
import { adminVoucherMiddlewares } from "./admin/vouchers/middlewares"
import { storeCartVoucherMiddlewares } from "./store/carts/middlewares"
import { storeVoucherMiddlewares } from "./store/vouchers/middlewares"
import { localeMiddlewares } from "./utils/locale"

export default defineMiddlewares({
  routes: [
    ...localeMiddlewares,
    ...storeVoucherMiddlewares,
    ...storeCartVoucherMiddlewares,
    ...adminVoucherSchemeMiddlewares,
    ...adminVoucherMiddlewares,
    ...adminVoucherCitizenMiddlewares,
    ...adminOrderVoucherMiddlewares,
  ],
})
