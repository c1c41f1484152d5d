import type { FormState } from "./types"
import { ApiError, isKnownFieldCode } from "./errors"

/** A trimmed text field of a form (empty string when missing). */
export const text = (form: FormData, name: string) => String(form.get(name) ?? "").trim()

/** Collects the given fields into the values echoed back to the form after an error. */
export const echo = (form: FormData, names: string[]) =>
  Object.fromEntries(names.map((name) => [name, text(form, name)]))

export const isEmail = (value: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)

/** Keys of missing required fields, as field → "required". */
export function requireFields(form: FormData, names: string[]): Record<string, string> {
  return Object.fromEntries(names.filter((name) => !text(form, name)).map((name) => [name, "required"]))
}

/**
 * Maps the backend's per-field validation errors to message keys; errors the form
 * cannot place next to a field become a form-level error. Server errors (5xx) are
 * rethrown for the error page.
 */
export function formStateFromApiError(error: ApiError, values: Record<string, string>): FormState {
  if (error.status >= 500) throw error
  if (error.fieldErrors.length > 0) {
    const fieldErrors = Object.fromEntries(
      error.fieldErrors.map((e) => [e.field, isKnownFieldCode(e.code) ? e.code : "invalid"])
    )
    return { fieldErrors, values }
  }
  return { formError: "generic", values }
}

/** A same-site path to go to after login ("/checkout"), never an absolute URL. */
export function safeNextPath(value: string): string | undefined {
  return value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\") ? value : undefined
}

/** The fields of the checkout's address form (country is always Italy). */
export const ADDRESS_FIELDS = ["first_name", "last_name", "address_1", "postal_code", "city", "province", "phone"]
