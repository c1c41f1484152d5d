"use server"

import { revalidateTag } from "next/cache"
import { getLocale } from "next-intl/server"
import { getAuthToken } from "../cookies"
import { retrieveCart } from "../data/cart"
import { toApiError } from "../errors"
import { text } from "../forms"
import { storeFetch } from "../store-fetch"
import type { FormState } from "../types"

/**
 * Applies a voucher to, or takes it off, the citizen's cart. The backend resets the
 * cart's payment sessions either way, so the card session is started only when the
 * order is confirmed. Its refusals (expired, suspended, not eligible...) are already
 * worded in the page's language and are shown as they come.
 */
async function changeVoucher(form: FormData, method: "POST" | "DELETE"): Promise<FormState> {
  const voucherId = text(form, "voucher_id")
  if (!voucherId) return { formError: "generic" }
  const [cart, token] = await Promise.all([retrieveCart("id"), getAuthToken()])
  if (!token) return { formError: "login_required" }
  if (!cart) return { formError: "cart_empty" }
  try {
    await storeFetch(
      method === "POST" ? `/store/carts/${cart.id}/vouchers` : `/store/carts/${cart.id}/vouchers/${voucherId}`,
      { method, token, locale: await getLocale(), ...(method === "POST" ? { body: { voucher_id: voucherId } } : {}) }
    )
  } catch (error) {
    const apiError = toApiError(error)
    if (apiError.status >= 500) throw apiError
    return { message: apiError.message }
  }
  revalidateTag("cart")
  revalidateTag("vouchers")
  return { ok: true }
}

export async function applyVoucherAction(_prev: FormState, form: FormData): Promise<FormState> {
  return changeVoucher(form, "POST")
}

export async function removeVoucherAction(_prev: FormState, form: FormData): Promise<FormState> {
  return changeVoucher(form, "DELETE")
}
