"use server"

import { revalidateTag } from "next/cache"
import { getLocale } from "next-intl/server"
import { getAuthToken } from "../cookies"
import { toApiError } from "../errors"
import { echo, formStateFromApiError, requireFields, text } from "../forms"
import { storeFetch } from "../store-fetch"
import type { FormState } from "../types"

const REQUEST_FIELDS = ["comune_id", "household_size", "note"]

/**
 * Asks the Ufficio di Piano to change the verified comune or household; the profile itself
 * changes only when an operator approves. The codice fiscale is never sent: it is fixed.
 */
export async function requestProfileChangeAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = echo(form, REQUEST_FIELDS)
  const fieldErrors = requireFields(form, ["comune_id", "household_size"])
  const householdSize = Number(text(form, "household_size"))
  if (values.household_size && !Number.isInteger(householdSize)) fieldErrors.household_size = "household_size_out_of_range"
  if (Object.keys(fieldErrors).length > 0) return { fieldErrors, values }

  const token = await getAuthToken()
  if (!token) return { formError: "login_required", values }
  try {
    await storeFetch("/store/citizens/me/change-requests", {
      method: "POST",
      token,
      locale: await getLocale(),
      body: {
        comune_id: values.comune_id,
        household_size: householdSize,
        ...(values.note ? { note: values.note.slice(0, 500) } : {}),
      },
    })
  } catch (error) {
    const apiError = toApiError(error)
    // "Nothing changes" and "one already waits" are the citizen's to read, in the backend's words.
    if (apiError.status === 400 && apiError.fieldErrors.length === 0) return { message: apiError.message, values }
    if (apiError.status === 409) return { message: apiError.message, values }
    return formStateFromApiError(apiError, values)
  }
  revalidateTag("customer")
  return { ok: true, values: {} }
}
