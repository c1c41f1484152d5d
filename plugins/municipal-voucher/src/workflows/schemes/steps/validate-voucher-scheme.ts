import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import type { Locale } from "../../../lib/messages"
import { refuse } from "../../../lib/errors"

export type VoucherSchemeCandidate = {
  starts_at: Date
  ends_at: Date
  care_areas: string[]
  locale?: Locale
}

export const validateVoucherSchemeStepId = "validate-voucher-scheme"

/** Refuses a scheme that ends before it starts or names a care area that is not a product category. */
export const validateVoucherSchemeStep = createStep(
  validateVoucherSchemeStepId,
  async (candidate: VoucherSchemeCandidate, { container }) => {
    if (new Date(candidate.ends_at).getTime() <= new Date(candidate.starts_at).getTime()) {
      refuse(MedusaError.Types.INVALID_DATA, "scheme_window_invalid", candidate.locale)
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product_category",
      fields: ["handle"],
      filters: { handle: candidate.care_areas },
    })
    const known = new Set(data.map((c: { handle: string }) => c.handle))
    const unknown = candidate.care_areas.filter((h) => !known.has(h))
    if (unknown.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        candidate.locale === "en"
          ? `Unknown care areas: ${unknown.join(", ")}.`
          : `Aree di cura sconosciute: ${unknown.join(", ")}.`
      )
    }
  }
)
