import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { Locale, message, VoucherMessageCode } from "../../../lib/messages"
import { refuse } from "../../../lib/errors"

export type VoucherSchemeCandidate = {
  starts_at: Date
  ends_at: Date
  care_areas: string[]
  /** ISTAT codes of the funding comuni: each must be a comune of the Ambito. */
  comuni: string[]
  locale?: Locale
}

export const validateVoucherSchemeStepId = "validate-voucher-scheme"

function refuseList(code: VoucherMessageCode, list: string[], locale?: Locale): never {
  throw new MedusaError(MedusaError.Types.INVALID_DATA, message(code, locale).replace("{list}", list.join(", ")))
}

/**
 * Refuses a scheme that ends before it starts, names a care area that is not a product
 * category, or is funded by a comune outside the Ambito (read through Query, as the
 * ambito plugin exposes its comuni).
 */
export const validateVoucherSchemeStep = createStep(
  validateVoucherSchemeStepId,
  async (candidate: VoucherSchemeCandidate, { container }) => {
    if (new Date(candidate.ends_at).getTime() <= new Date(candidate.starts_at).getTime()) {
      refuse(MedusaError.Types.INVALID_DATA, "scheme_window_invalid", candidate.locale)
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [{ data: categories }, { data: comuni }] = await Promise.all([
      query.graph({ entity: "product_category", fields: ["handle"], filters: { handle: candidate.care_areas } }),
      query.graph({ entity: "comune", fields: ["istat_code"], filters: { istat_code: candidate.comuni } }),
    ])
    const knownAreas = new Set(categories.map((c: { handle: string }) => c.handle))
    const unknownAreas = candidate.care_areas.filter((h) => !knownAreas.has(h))
    if (unknownAreas.length) {
      refuseList("care_area_unknown", unknownAreas, candidate.locale)
    }
    const knownComuni = new Set(comuni.map((c: { istat_code: string }) => c.istat_code))
    const outside = candidate.comuni.filter((code) => !knownComuni.has(code))
    if (outside.length) {
      refuseList("comune_outside_ambito", outside, candidate.locale)
    }
  }
)
