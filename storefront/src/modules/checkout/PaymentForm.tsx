"use client"

import type { HttpTypes } from "@medusajs/types"
import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { placeOrderAction } from "@/lib/actions/checkout"
import type { StripeStep } from "@/lib/data/checkout"
import type { FormState } from "@/lib/types"
import { FormAlert } from "../common/FormAlert"
import { SubmitButton } from "../common/SubmitButton"
import { StripePayment } from "./StripePayment"

/** Names of the payment providers we know; others (added later) show their id until named here. */
function useProviderLabel() {
  const t = useTranslations("checkout.providers")
  return (id: string) => (t.has(id) ? t(id) : id.replace(/^pp_/, "").replace(/[_-]+/g, " "))
}

/**
 * Last step: the region's payment providers for what the vouchers leave, and the confirm
 * button. When vouchers pay everything there is no card to choose.
 */
export function PaymentForm({ providers, cardTotal, stripe }: {
  providers: HttpTypes.StorePaymentProvider[]
  cardTotal: number
  stripe: StripeStep | null
}) {
  const t = useTranslations("checkout.payment")
  const tErrors = useTranslations("errors")
  const label = useProviderLabel()
  const [state, action] = useActionState<FormState, FormData>(placeOrderAction, {})
  const error = state.fieldErrors?.provider_id ? tErrors(state.fieldErrors.provider_id) : undefined
  const formError = state.message ?? (state.formError ? tErrors(state.formError) : undefined)
  if (cardTotal <= 0) {
    return (
      <form action={action} noValidate>
        <FormAlert message={formError} />
        <p className="lead">{t("coveredByVouchers")}</p>
        <SubmitButton pendingLabel={t("confirming")}>{t("confirm")}</SubmitButton>
      </form>
    )
  }
  if (stripe && cardTotal > 0) return <StripePayment {...stripe} />
  return (
    <form action={action} noValidate>
      <FormAlert message={formError} />
      <fieldset aria-describedby={error ? "provider-error" : undefined} className="mb-4">
        <legend className="h4">{t("legend")}</legend>
        {providers.length === 0 ? <p>{t("none")}</p> : null}
        {providers.map((provider, i) => (
          <div key={provider.id} className="form-check">
            <input className="form-check-input" type="radio" name="provider_id" id={`provider-${provider.id}`} value={provider.id} defaultChecked={i === 0} />
            <label className="form-check-label" htmlFor={`provider-${provider.id}`}>{label(provider.id)}</label>
          </div>
        ))}
        {error ? <div id="provider-error" className="invalid-feedback d-block">{error}</div> : null}
      </fieldset>
      <SubmitButton pendingLabel={t("paying")}>{t("submit")}</SubmitButton>
    </form>
  )
}
