import { MedusaError } from "@medusajs/framework/utils"
import { Locale, message, VoucherMessageCode } from "./messages"

/** Refuses with the localised message of `code`; the code stays on the error for callers that branch on it. */
export function refuse(type: string, code: VoucherMessageCode, locale?: Locale): never {
  const error = new MedusaError(type, message(code, locale))
  ;(error as MedusaError & { code?: string }).code = code
  throw error
}
