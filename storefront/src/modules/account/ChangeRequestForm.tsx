"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { requestProfileChangeAction } from "@/lib/actions/account"
import type { CitizenProfile, Comune, FormState } from "@/lib/types"
import { ErrorSummary } from "../common/ErrorSummary"
import { FormAlert } from "../common/FormAlert"
import { FormField, SelectField } from "../common/FormField"
import { SubmitButton } from "../common/SubmitButton"

const LABELS: Record<string, string> = { comune_id: "comune", household_size: "householdSize", note: "note" }

/** Asks for a new comune or household; the Ufficio di Piano verifies it before it applies. */
export function ChangeRequestForm({ comuni, profile }: { comuni: Comune[]; profile: CitizenProfile }) {
  const t = useTranslations("account.profile")
  const tCitizen = useTranslations("account.citizen")
  const tErrors = useTranslations("errors")
  const [state, action] = useActionState<FormState, FormData>(requestProfileChangeAction, {})
  const errors = Object.fromEntries(Object.entries(state.fieldErrors ?? {}).map(([field, key]) => [field, tErrors(key)]))
  const v = state.values ?? {}
  const comuneId = v.comune_id ?? profile.comune.id
  return (
    <form action={action} noValidate aria-labelledby="profile-request">
      <h3 id="profile-request" className="h5">{t("requestTitle")}</h3>
      <p>{t("requestIntro")}</p>
      <FormAlert message={state.message ?? (state.formError ? tErrors(state.formError) : undefined)} />
      <ErrorSummary fields={Object.keys(LABELS).filter((name) => errors[name]).map((name) => ({ name, label: t(LABELS[name]), error: errors[name] }))} />
      <SelectField name="comune_id" label={t("comune")} placeholder={tCitizen("comunePlaceholder")} hint={tCitizen("comuneHint")} required defaultValue={comuni.some((c) => c.id === comuneId) ? comuneId : ""} error={errors.comune_id}>
        {comuni.map((comune) => (
          <option key={comune.id} value={comune.id}>{comune.name}</option>
        ))}
      </SelectField>
      <FormField name="household_size" type="number" inputMode="numeric" min={1} max={20} label={t("householdSize")} hint={tCitizen("householdSizeHint")} required defaultValue={v.household_size ?? String(profile.household_size)} error={errors.household_size} />
      <FormField name="note" label={t("note")} hint={t("noteHint")} maxLength={500} defaultValue={v.note} error={errors.note} />
      <SubmitButton pendingLabel={t("requestSubmitting")}>{t("requestSubmit")}</SubmitButton>
    </form>
  )
}
