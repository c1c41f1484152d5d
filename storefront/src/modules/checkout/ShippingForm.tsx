"use client"

import type { HttpTypes } from "@medusajs/types"
import { useLocale, useTranslations } from "next-intl"
import { useActionState } from "react"
import { setShippingAction } from "@/lib/actions/checkout"
import { formatPrice } from "@/lib/format"
import type { FormState } from "@/lib/types"
import { FormAlert } from "../common/FormAlert"
import { SubmitButton } from "../common/SubmitButton"

/** Shipping step, shown only when something in the cart must be shipped. */
export function ShippingForm({ options, currency }: { options: HttpTypes.StoreCartShippingOption[]; currency: string }) {
  const t = useTranslations("checkout.shipping")
  const tErrors = useTranslations("errors")
  const locale = useLocale()
  const [state, action] = useActionState<FormState, FormData>(setShippingAction, {})
  const error = state.fieldErrors?.option_id ? tErrors(state.fieldErrors.option_id) : undefined
  return (
    <form action={action} noValidate>
      <FormAlert message={state.formError ? tErrors(state.formError) : undefined} />
      <fieldset aria-describedby={error ? "option-error" : undefined}>
        <legend className="h4">{t("legend")}</legend>
        {options.length === 0 ? <p>{t("none")}</p> : null}
        {options.map((option, i) => (
          <div key={option.id} className="form-check">
            <input className="form-check-input" type="radio" name="option_id" id={`option-${option.id}`} value={option.id} defaultChecked={i === 0} />
            <label className="form-check-label" htmlFor={`option-${option.id}`}>
              {option.name} — {formatPrice(option.amount ?? 0, currency, locale)}
            </label>
          </div>
        ))}
        {error ? <div id="option-error" className="invalid-feedback d-block">{error}</div> : null}
      </fieldset>
      <SubmitButton pendingLabel={t("saving")}>{t("submit")}</SubmitButton>
    </form>
  )
}
