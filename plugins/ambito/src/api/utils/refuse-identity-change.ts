import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { localeFrom, message } from "../../lib/messages"

/**
 * Medusa's own customer route would let a citizen rename themselves; the name is fixed at
 * registration, so any first or last name in the body is refused (phone and the rest pass).
 */
export function refuseIdentityChange(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const body = (req.body ?? {}) as Record<string, unknown>
  const locked = ["first_name", "last_name"].filter((field) => body[field] !== undefined)
  if (!locked.length) {
    return next()
  }
  const locale = localeFrom(req.headers["accept-language"])
  res.status(400).json({
    type: "invalid_data",
    message: message("identity_locked", locale),
    errors: locked.map((field) => ({ field, code: "identity_locked", message: message("identity_locked", locale) })),
  })
}
