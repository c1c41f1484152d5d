"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { Link } from "@/i18n/navigation"
import { registerAction } from "@/lib/actions/auth"
import type { Comune, FormState } from "@/lib/types"
import { FormAlert } from "../common/FormAlert"
import { FormField } from "../common/FormField"
import { SubmitButton } from "../common/SubmitButton"
import { CitizenFields } from "./CitizenFields"

/** Registration: the citizen's account and profile (validated before anything is created). */
export function RegisterForm({ comuni, next }: { comuni: Comune[]; next?: string }) {
  const t = useTranslations("account.register")
  const tErrors = useTranslations("errors")
  const [state, action] = useActionState<FormState, FormData>(registerAction, {})
  const errors = Object.fromEntries(Object.entries(state.fieldErrors ?? {}).map(([field, key]) => [field, tErrors(key)]))
  const v = state.values ?? {}
  return (
    <form action={action} noValidate className="mt-4">
      <FormAlert message={state.formError ? tErrors(state.formError) : undefined} />
      {Object.keys(errors).length > 0 ? <FormAlert message={t("fixErrors")} /> : null}
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <fieldset className="mb-3">
        <legend className="h5">{t("personal")}</legend>
        <div className="row">
          <div className="col-md-6"><FormField name="first_name" label={t("firstName")} required autoComplete="given-name" defaultValue={v.first_name} error={errors.first_name} /></div>
          <div className="col-md-6"><FormField name="last_name" label={t("lastName")} required autoComplete="family-name" defaultValue={v.last_name} error={errors.last_name} /></div>
        </div>
        <FormField name="email" type="email" label={t("email")} required autoComplete="email" defaultValue={v.email} error={errors.email} />
        <FormField name="password" type="password" label={t("password")} hint={t("passwordHint")} required autoComplete="new-password" error={errors.password} />
        <FormField name="phone" type="tel" label={t("phone")} autoComplete="tel" defaultValue={v.phone} error={errors.phone} />
      </fieldset>
      <fieldset className="mb-3">
        <legend className="h5">{t("citizen")}</legend>
        <CitizenFields comuni={comuni} values={v} errors={errors} />
      </fieldset>
      <SubmitButton pendingLabel={t("submitting")}>{t("submit")}</SubmitButton>
      <p className="mt-4">
        {t("haveAccount")}{" "}
        <Link href={next ? { pathname: "/account/accedi", query: { next } } : "/account/accedi"}>{t("login")}</Link>
      </p>
    </form>
  )
}
