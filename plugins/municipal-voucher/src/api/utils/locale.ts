import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { Locale, localeFrom } from "../../lib/messages"

type WithLocale = MedusaRequest & { voucher_locale?: Locale }

/** Reads the caller's language once per request (Accept-Language: Italian unless English is asked for). */
function readLocale(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  ;(req as WithLocale).voucher_locale = localeFrom(req.headers["accept-language"])
  next()
}

/** The language of this request's messages (read here if a route runs before the middleware). */
export const localeOf = (req: MedusaRequest): Locale =>
  (req as WithLocale).voucher_locale ?? localeFrom(req.headers["accept-language"])

/** Every route of the plugin, and the stock route it guards, answer in the caller's language. */
export const localeMiddlewares: MiddlewareRoute[] = [
  {
    matcher: /^\/(store\/vouchers|store\/carts\/[^/]+\/vouchers|admin\/voucher-schemes|admin\/vouchers|admin\/orders\/[^/]+\/voucher-|admin\/payments\/[^/]+\/refund)/,
    middlewares: [readLocale],
  },
]
