"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { Link } from "@/i18n/navigation"
import { registerAction } from "@/lib/actions/auth"
import type { Comune, FormState } from "@/lib/types"
import { ErrorSummary } from "../common/ErrorSummary"
import { FormAlert } from "../common/FormAlert"
import { FormField, SelectField } from "../common/FormField"
import { SubmitButton } from "../common/SubmitButton"
import { CitizenFields } from "./CitizenFields"

/** The fields in the order the form shows them, with their label's message key, for the error summary. */
const LABELS: Record<string, string> = {
  first_name: "register.firstName",
  last_name: "register.lastName",
  date_of_birth: "register.dateOfBirth",
  sex: "register.sex",
  email: "register.email",
  password: "register.password",
  phone: "register.phone",
  comune_id: "citizen.comune",
  codice_fiscale: "citizen.codiceFiscale",
  household_size: "citizen.householdSize",
  privacy_consent: "register.privacyConsentShort",
}
const FIELD_ORDER = Object.keys(LABELS)

/** Registration: the citizen's account and profile (validated before anything is created). */
export function RegisterForm({ comuni, next }: { comuni: Comune[]; next?: string }) {
  const t = useTranslations("account.register")
  const tAccount = useTranslations("account")
  const tErrors = useTranslations("errors")
  const [state, action] = useActionState<FormState, FormData>(registerAction, {})
  const errors = Object.fromEntries(Object.entries(state.fieldErrors ?? {}).map(([field, key]) => [field, tErrors(key)]))
  const v = state.values ?? {}
  return (
    <form action={action} noValidate className="mt-4">
      <FormAlert message={state.formError ? tErrors(state.formError) : undefined} />
      <ErrorSummary fields={FIELD_ORDER.filter((name) => errors[name]).map((name) => ({ name, label: tAccount(LABELS[name]), error: errors[name] }))} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <fieldset className="mb-3">
        <legend className="h5">{t("personal")}</legend>
        <div className="row">
          <div className="col-md-6"><FormField name="first_name" label={t("firstName")} required autoComplete="given-name" defaultValue={v.first_name} error={errors.first_name} /></div>
          <div className="col-md-6"><FormField name="last_name" label={t("lastName")} required autoComplete="family-name" defaultValue={v.last_name} error={errors.last_name} /></div>
        </div>
        <div className="row">
          <div className="col-md-6"><FormField name="date_of_birth" type="date" label={t("dateOfBirth")} required autoComplete="bday" defaultValue={v.date_of_birth} error={errors.date_of_birth} /></div>
          <div className="col-md-6">
            <SelectField name="sex" label={t("sex")} placeholder={t("sexPlaceholder")} hint={t("sexHint")} required defaultValue={v.sex} error={errors.sex}>
              <option value="F">{t("sexF")}</option>
              <option value="M">{t("sexM")}</option>
            </SelectField>
          </div>
        </div>
        <p className="small">{t("identityNote")}</p>
        <FormField name="email" type="email" label={t("email")} required autoComplete="email" defaultValue={v.email} error={errors.email} />
        <FormField name="password" type="password" label={t("password")} hint={t("passwordHint")} required autoComplete="new-password" defaultValue={v.password} error={errors.password} />
        <FormField name="phone" type="tel" label={t("phone")} autoComplete="tel" defaultValue={v.phone} error={errors.phone} />
      </fieldset>
      <fieldset className="mb-3">
        <legend className="h5">{t("citizen")}</legend>
        <CitizenFields comuni={comuni} values={v} errors={errors} />
      </fieldset>
      <div className="form-check mb-4">
        <input
          className="form-check-input"
          type="checkbox"
          id="field-privacy_consent"
          name="privacy_consent"
          required
          defaultChecked={v.privacy_consent === "on"}
          aria-invalid={errors.privacy_consent ? true : undefined}
          aria-describedby={errors.privacy_consent ? "field-privacy_consent-error" : undefined}
        />
        <label className="form-check-label" htmlFor="field-privacy_consent">
          {t.rich("privacyConsent", { link: (chunks) => <Link href="/privacy" target="_blank">{chunks}</Link> })}
        </label>
        {errors.privacy_consent ? <div id="field-privacy_consent-error" className="invalid-feedback d-block">{errors.privacy_consent}</div> : null}
      </div>
      <SubmitButton pendingLabel={t("submitting")}>{t("submit")}</SubmitButton>
      <p className="mt-4">
        {t("haveAccount")}{" "}
        <Link href={next ? { pathname: "/account/accedi", query: { next } } : "/account/accedi"}>{t("login")}</Link>
      </p>
    </form>
  )
}
