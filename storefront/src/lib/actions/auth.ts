"use server"

import { revalidateTag } from "next/cache"
import { getLocale } from "next-intl/server"
import { redirect } from "@/i18n/navigation"
import { sdk } from "../config"
import { getCartId, removeAuthToken, removeCartId, setAuthToken } from "../cookies"
import { ApiError, toApiError } from "../errors"
import { echo, formStateFromApiError, isEmail, requireFields, safeNextPath, text } from "../forms"
import { storeFetch } from "../store-fetch"
import type { CitizenFields, DeclaredIdentity, FormState, StoreCreateCitizen } from "../types"

const REGISTER_FIELDS = ["first_name", "last_name", "date_of_birth", "sex", "email", "phone", "comune_id", "codice_fiscale", "household_size"]

async function login(email: string, password: string): Promise<string> {
  const result = await sdk().auth.login("customer", "emailpass", { email, password })
  if (typeof result !== "string") throw new ApiError("Unexpected redirect-based login", 400)
  return result
}

/** Attaches the guest's cart to the citizen who just logged in, so checkout can use it. */
async function adoptCart(token: string): Promise<void> {
  const cartId = await getCartId()
  if (!cartId) return
  await sdk()
    .store.cart.transferCart(cartId, {}, { authorization: `Bearer ${token}` })
    .catch(async (error) => {
      // A cart that vanished or was completed elsewhere is simply forgotten.
      if (toApiError(error).status === 404) await removeCartId()
      else throw toApiError(error)
    })
}

async function finishLogin(token: string, nextPath: string | undefined): Promise<never> {
  await setAuthToken(token)
  await adoptCart(token)
  revalidateTag("customer")
  return redirect({ href: nextPath ?? "/account", locale: await getLocale() })
}

/** Logs a citizen in with e-mail and password. */
export async function loginAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = echo(form, ["email"])
  const missing = requireFields(form, ["email", "password"])
  if (Object.keys(missing).length > 0) return { fieldErrors: missing, values }

  let token: string
  try {
    token = await login(text(form, "email"), String(form.get("password")))
  } catch (error) {
    const apiError = toApiError(error)
    if (apiError.status === 401 || apiError.status === 400) return { formError: "invalid_credentials", values }
    throw apiError
  }
  return finishLogin(token, safeNextPath(text(form, "next")))
}

/** A real calendar date (YYYY-MM-DD, as a date input sends it) between 1900 and today. */
function isPastDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value && value >= "1900-01-01" && date.getTime() <= Date.now()
}

function parseRegistration(form: FormData): { data?: StoreCreateCitizen; fieldErrors: Record<string, string> } {
  const fieldErrors = requireFields(form, ["first_name", "last_name", "date_of_birth", "sex", "email", "password", "comune_id", "codice_fiscale", "household_size"])
  const dateOfBirth = text(form, "date_of_birth")
  const sex = text(form, "sex")
  if (dateOfBirth && !isPastDate(dateOfBirth)) fieldErrors.date_of_birth = "date_of_birth_invalid"
  if (sex && sex !== "F" && sex !== "M") fieldErrors.sex = "choose_one"
  const email = text(form, "email").toLowerCase()
  const password = String(form.get("password") ?? "")
  const householdSize = Number(text(form, "household_size"))
  if (email && !isEmail(email)) fieldErrors.email = "email_invalid"
  if (password && password.length < 8) fieldErrors.password = "password_too_short"
  if (text(form, "household_size") && !Number.isInteger(householdSize)) fieldErrors.household_size = "household_size_out_of_range"
  // GDPR art. 13: the citizen has read the privacy notice before an account is created.
  if (form.get("privacy_consent") !== "on") fieldErrors.privacy_consent = "privacy_required"
  if (Object.keys(fieldErrors).length > 0) return { fieldErrors }
  return {
    fieldErrors,
    data: {
      email,
      first_name: text(form, "first_name"),
      last_name: text(form, "last_name"),
      sex: sex as "F" | "M",
      date_of_birth: dateOfBirth,
      ...(text(form, "phone") ? { phone: text(form, "phone") } : {}),
      comune_id: text(form, "comune_id"),
      codice_fiscale: text(form, "codice_fiscale").toUpperCase(),
      household_size: householdSize,
    },
  }
}

/** The customer a token belongs to; empty for an identity that has no customer yet. */
function actorIdOf(token: string): string {
  try {
    const payload = JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8")) as { actor_id?: unknown }
    return typeof payload.actor_id === "string" ? payload.actor_id : ""
  } catch {
    return ""
  }
}

/** The registration token for a new identity; for an identity left without a customer by an earlier failed attempt, its login token. */
async function registrationToken(email: string, password: string): Promise<string | FormState> {
  try {
    return await sdk().auth.register("customer", "emailpass", { email, password })
  } catch (error) {
    const apiError = toApiError(error)
    if (apiError.status !== 401 && apiError.status !== 400) throw apiError
  }
  try {
    const token = await login(email, password)
    return actorIdOf(token) ? { fieldErrors: { email: "email_taken" } } : token
  } catch {
    return { fieldErrors: { email: "email_taken" } }
  }
}

/**
 * Registers a citizen: the profile is validated first, so an invalid codice fiscale
 * or a comune outside the Ambito creates nothing; then the auth identity, then the
 * customer with its citizen profile (atomically, in the backend).
 */
export async function registerAction(_prev: FormState, form: FormData): Promise<FormState> {
  // The password goes back to the browser that just sent it, so a refused form keeps it.
  const values = { ...echo(form, [...REGISTER_FIELDS, "privacy_consent"]), password: String(form.get("password") ?? "") }
  const { data, fieldErrors } = parseRegistration(form)
  if (!data) return { fieldErrors, values }
  // The code is checked against the person declared before any account exists.
  const profile: CitizenFields & DeclaredIdentity = {
    codice_fiscale: data.codice_fiscale,
    comune_id: data.comune_id,
    household_size: data.household_size,
    first_name: data.first_name,
    last_name: data.last_name,
    sex: data.sex,
    date_of_birth: data.date_of_birth,
  }
  const password = String(form.get("password"))

  try {
    await storeFetch("/store/citizens/validate", { method: "POST", body: profile })
    const token = await registrationToken(data.email, password)
    if (typeof token !== "string") return { ...token, values }
    await storeFetch("/store/citizens", { method: "POST", body: data, token })
  } catch (error) {
    const apiError = toApiError(error)
    return formStateFromApiError(apiError, values)
  }
  return finishLogin(await login(data.email, password), safeNextPath(text(form, "next")))
}

/**
 * Asks Medusa for a password reset e-mail (Medusa's reset-password route; the notifications
 * plugin writes the e-mail in the page's language). The answer is the same whether or not the
 * e-mail belongs to an account, so the form never tells who is registered.
 */
export async function requestPasswordResetAction(_prev: FormState, form: FormData): Promise<FormState> {
  const email = text(form, "email").toLowerCase()
  const values = { email }
  if (!email) return { fieldErrors: { email: "required" }, values }
  if (!isEmail(email)) return { fieldErrors: { email: "email_invalid" }, values }
  try {
    await sdk().auth.resetPassword("customer", "emailpass", { identifier: email, metadata: { locale: await getLocale() } })
  } catch (error) {
    const apiError = toApiError(error)
    // Only a server failure is told apart: any refusal gets the same answer as a success.
    if (apiError.status >= 500) throw apiError
  }
  return { ok: true, values }
}

/**
 * Sets the new password with the token from the e-mail (Medusa's update route, which takes the
 * token once), then sends the citizen to log in with it.
 */
export async function resetPasswordAction(_prev: FormState, form: FormData): Promise<FormState> {
  const password = String(form.get("password") ?? "")
  const confirmation = String(form.get("password_confirmation") ?? "")
  // The passwords go back only to the browser that just sent them, so a refused form keeps them.
  const values = { password, password_confirmation: confirmation }
  const fieldErrors = requireFields(form, ["password", "password_confirmation"])
  if (password && password.length < 8) fieldErrors.password = "password_too_short"
  if (password && confirmation && password !== confirmation) fieldErrors.password_confirmation = "password_mismatch"
  if (Object.keys(fieldErrors).length > 0) return { fieldErrors, values }

  const token = text(form, "token")
  if (!token) return { formError: "reset_link_invalid", values }
  try {
    await sdk().auth.updateProvider("customer", "emailpass", { password }, token)
  } catch (error) {
    const apiError = toApiError(error)
    if (apiError.status === 401 || apiError.status === 400) return { formError: "reset_link_invalid", values }
    throw apiError
  }
  return redirect({ href: { pathname: "/account/accedi", query: { reimpostata: "1" } }, locale: await getLocale() })
}

/** Logs out: forgets the session and the cart on this browser. */
export async function logoutAction(): Promise<void> {
  await removeAuthToken()
  await removeCartId()
  revalidateTag("customer")
  revalidateTag("cart")
  redirect({ href: "/", locale: await getLocale() })
}
