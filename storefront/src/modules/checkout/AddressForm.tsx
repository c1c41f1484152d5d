"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { setAddressAction } from "@/lib/actions/checkout"
import type { FormState } from "@/lib/types"
import { FormAlert } from "../common/FormAlert"
import { FormField } from "../common/FormField"
import { SubmitButton } from "../common/SubmitButton"

export type AddressDefaults = Record<"first_name" | "last_name" | "address_1" | "postal_code" | "city" | "province" | "phone", string>

/** Step 1: the billing address, prefilled from the cart or the citizen's account. */
export function AddressForm({ defaults, email }: { defaults: AddressDefaults; email: string }) {
  const t = useTranslations("checkout.address")
  const tErrors = useTranslations("errors")
  const [state, action] = useActionState<FormState, FormData>(setAddressAction, {})
  const value = (name: keyof AddressDefaults) => state.values?.[name] ?? defaults[name]
  const error = (name: string) => (state.fieldErrors?.[name] ? tErrors(state.fieldErrors[name]) : undefined)
  const field = (name: keyof AddressDefaults, autoComplete: string, required = true) => (
    <FormField name={name} label={t(name)} required={required} defaultValue={value(name)} autoComplete={autoComplete} error={error(name)} />
  )
  return (
    <form action={action} noValidate>
      <p>{t("emailNote", { email })}</p>
      <FormAlert message={state.formError ? tErrors(state.formError) : undefined} />
      <div className="row">
        <div className="col-md-6">{field("first_name", "given-name")}</div>
        <div className="col-md-6">{field("last_name", "family-name")}</div>
      </div>
      {field("address_1", "street-address")}
      <div className="row">
        <div className="col-md-4">{field("postal_code", "postal-code")}</div>
        <div className="col-md-5">{field("city", "address-level2")}</div>
        <div className="col-md-3">{field("province", "address-level1")}</div>
      </div>
      {field("phone", "tel", false)}
      <SubmitButton pendingLabel={t("saving")}>{t("submit")}</SubmitButton>
    </form>
  )
}
