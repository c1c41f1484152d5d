"use server"

import { revalidateTag } from "next/cache"
import { getAuthToken } from "../cookies"
import { toApiError } from "../errors"
import { echo, formStateFromApiError, requireFields, text } from "../forms"
import { storeFetch } from "../store-fetch"
import type { CitizenProfile, FormState } from "../types"

const PROFILE_FIELDS = ["comune_id", "codice_fiscale", "household_size"]

/** Updates the citizen profile (comune, codice fiscale, household size); the backend validates it. */
export async function updateProfileAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = echo(form, PROFILE_FIELDS)
  const fieldErrors = requireFields(form, PROFILE_FIELDS)
  const householdSize = Number(text(form, "household_size"))
  if (values.household_size && !Number.isInteger(householdSize)) fieldErrors.household_size = "household_size_out_of_range"
  if (Object.keys(fieldErrors).length > 0) return { fieldErrors, values }

  const token = await getAuthToken()
  if (!token) return { formError: "login_required", values }
  try {
    await storeFetch<{ citizen_profile: CitizenProfile }>("/store/citizens/me", {
      method: "POST",
      token,
      body: {
        comune_id: values.comune_id,
        codice_fiscale: values.codice_fiscale.toUpperCase(),
        household_size: householdSize,
      },
    })
  } catch (error) {
    return formStateFromApiError(toApiError(error), values)
  }
  revalidateTag("customer")
  return { ok: true, values }
}
