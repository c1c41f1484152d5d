"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { updateProfileAction } from "@/lib/actions/account"
import type { CitizenProfile, Comune, FormState } from "@/lib/types"
import { FormAlert } from "../common/FormAlert"
import { SubmitButton } from "../common/SubmitButton"
import { CitizenFields } from "./CitizenFields"

/** Edits the citizen profile with the same checks (and messages) as registration. */
export function ProfileForm({ comuni, profile }: { comuni: Comune[]; profile: CitizenProfile | null }) {
  const t = useTranslations("account.profile")
  const tErrors = useTranslations("errors")
  const [state, action] = useActionState<FormState, FormData>(updateProfileAction, {})
  const errors = Object.fromEntries(Object.entries(state.fieldErrors ?? {}).map(([field, key]) => [field, tErrors(key)]))
  const values = state.values ?? {
    comune_id: profile?.comune.id,
    codice_fiscale: profile?.codice_fiscale,
    household_size: profile ? String(profile.household_size) : undefined,
  }
  return (
    <form action={action} noValidate>
      <FormAlert message={state.formError ? tErrors(state.formError) : undefined} />
      <FormAlert tone="success" message={state.ok ? t("saved") : undefined} />
      <CitizenFields comuni={comuni} values={values} errors={errors} />
      <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
    </form>
  )
}
