"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { Link } from "@/i18n/navigation"
import { requestPasswordResetAction } from "@/lib/actions/auth"
import type { FormState } from "@/lib/types"
import { ErrorSummary } from "../common/ErrorSummary"
import { FocusOnMount } from "../common/FocusOnMount"
import { FormField } from "../common/FormField"
import { SubmitButton } from "../common/SubmitButton"

/** "Password dimenticata?": the same answer for every e-mail, registered or not. */
export function ForgotPasswordForm() {
  const t = useTranslations("account.forgot")
  const tErrors = useTranslations("errors")
  const [state, action] = useActionState<FormState, FormData>(requestPasswordResetAction, {})
  const emailError = state.fieldErrors?.email ? tErrors(state.fieldErrors.email) : undefined

  if (state.ok) {
    return (
      <>
        <FocusOnMount targetId="reset-requested" />
        <div id="reset-requested" tabIndex={-1} className="alert alert-success" role="status">
          {t("sent", { email: state.values?.email ?? "" })}
        </div>
        <p>{t("spam")}</p>
        <p>
          <Link href="/account/accedi">{t("back")}</Link>
        </p>
      </>
    )
  }
  return (
    <form action={action} noValidate className="mt-4">
      <p>{t("intro")}</p>
      <ErrorSummary fields={emailError ? [{ name: "email", label: t("email"), error: emailError }] : []} />
      <FormField name="email" type="email" label={t("email")} required autoComplete="email" defaultValue={state.values?.email} error={emailError} />
      <SubmitButton pendingLabel={t("submitting")}>{t("submit")}</SubmitButton>
      <p className="mt-4">
        <Link href="/account/accedi">{t("back")}</Link>
      </p>
    </form>
  )
}
