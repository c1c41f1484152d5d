"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { Link } from "@/i18n/navigation"
import { resetPasswordAction } from "@/lib/actions/auth"
import type { FormState } from "@/lib/types"
import { ErrorSummary } from "../common/ErrorSummary"
import { FormAlert } from "../common/FormAlert"
import { FormField } from "../common/FormField"
import { SubmitButton } from "../common/SubmitButton"

const FIELDS = ["password", "password_confirmation"] as const

/** The new password, typed twice, with the token of the e-mail's link. */
export function ResetPasswordForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("account.reset")
  const tErrors = useTranslations("errors")
  const [state, action] = useActionState<FormState, FormData>(resetPasswordAction, {})
  const errors = Object.fromEntries(Object.entries(state.fieldErrors ?? {}).map(([field, key]) => [field, tErrors(key)]))
  const labels = { password: t("password"), password_confirmation: t("confirmation") }
  const v = state.values ?? {}

  if (!token) {
    return (
      <>
        <FormAlert message={t("missingToken")} />
        <p>
          <Link href="/account/password-dimenticata">{t("requestNew")}</Link>
        </p>
      </>
    )
  }
  return (
    <form action={action} noValidate className="mt-4">
      <p>{email ? t("intro", { email }) : t("introNoEmail")}</p>
      <FormAlert message={state.formError ? tErrors(state.formError) : undefined} />
      {state.formError === "reset_link_invalid" ? (
        <p>
          <Link href="/account/password-dimenticata">{t("requestNew")}</Link>
        </p>
      ) : null}
      <ErrorSummary fields={FIELDS.filter((name) => errors[name]).map((name) => ({ name, label: labels[name], error: errors[name] }))} />
      <input type="hidden" name="token" value={token} />
      {/* Lets password managers store the new password under the right account. */}
      {email ? <input type="hidden" name="username" autoComplete="username" value={email} /> : null}
      <FormField name="password" type="password" label={t("password")} hint={t("passwordHint")} required autoComplete="new-password" defaultValue={v.password} error={errors.password} />
      <FormField name="password_confirmation" type="password" label={t("confirmation")} required autoComplete="new-password" defaultValue={v.password_confirmation} error={errors.password_confirmation} />
      <SubmitButton pendingLabel={t("submitting")}>{t("submit")}</SubmitButton>
    </form>
  )
}
