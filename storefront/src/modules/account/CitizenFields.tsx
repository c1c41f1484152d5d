import { useTranslations } from "next-intl"
import type { Comune } from "@/lib/types"
import { FormField, SelectField } from "../common/FormField"

type Props = {
  comuni: Comune[]
  values: { comune_id?: string; codice_fiscale?: string; household_size?: string }
  errors: Record<string, string | undefined>
}

/** Comune of residence, codice fiscale and household size: shared by registration and profile. */
export function CitizenFields({ comuni, values, errors }: Props) {
  const t = useTranslations("account.citizen")
  // A value the list does not offer (a tampered form) is not shown as selected.
  const comuneId = comuni.some((comune) => comune.id === values.comune_id) ? values.comune_id : ""
  return (
    <>
      <SelectField name="comune_id" label={t("comune")} placeholder={t("comunePlaceholder")} hint={t("comuneHint")} required defaultValue={comuneId} error={errors.comune_id}>
        {comuni.map((comune) => (
          <option key={comune.id} value={comune.id}>{comune.name}</option>
        ))}
      </SelectField>
      <FormField name="codice_fiscale" label={t("codiceFiscale")} hint={t("codiceFiscaleHint")} required autoComplete="off" maxLength={16} defaultValue={values.codice_fiscale} error={errors.codice_fiscale} />
      <FormField name="household_size" type="number" inputMode="numeric" min={1} max={20} label={t("householdSize")} hint={t("householdSizeHint")} required defaultValue={values.household_size} error={errors.household_size} />
    </>
  )
}
