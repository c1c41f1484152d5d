"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { Link } from "@/i18n/navigation"
import { loginAction } from "@/lib/actions/auth"
import type { FormState } from "@/lib/types"
import { FormAlert } from "../common/FormAlert"
import { FormField } from "../common/FormField"
import { SubmitButton } from "../common/SubmitButton"

/** `passwordReset`: the citizen comes from setting a new password and is told so. */
export function LoginForm({ next, passwordReset }: { next?: string; passwordReset?: boolean }) {
  const t = useTranslations("account.login")
  const tErrors = useTranslations("errors")
  const [state, action] = useActionState<FormState, FormData>(loginAction, {})
  const error = (name: string) => (state.fieldErrors?.[name] ? tErrors(state.fieldErrors[name]) : undefined)
  return (
    <form action={action} noValidate className="mt-4">
      {passwordReset && !state.formError ? <FormAlert tone="success" message={t("passwordReset")} /> : null}
      <FormAlert message={state.formError ? tErrors(state.formError) : undefined} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <FormField name="email" type="email" label={t("email")} required autoComplete="email" defaultValue={state.values?.email} error={error("email")} />
      <FormField name="password" type="password" label={t("password")} required autoComplete="current-password" error={error("password")} />
      <p>
        <Link href="/account/password-dimenticata">{t("forgot")}</Link>
      </p>
      <SubmitButton pendingLabel={t("submitting")}>{t("submit")}</SubmitButton>
      <p className="mt-4">
        {t("noAccount")}{" "}
        <Link href={next ? { pathname: "/account/registrati", query: { next } } : "/account/registrati"}>{t("register")}</Link>
      </p>
    </form>
  )
}
