"use server"

import { revalidateTag } from "next/cache"
import { sdk } from "../config"
import { authHeaders, getCartId, setCartId } from "../cookies"
import { rethrow, toApiError } from "../errors"
import { text } from "../forms"
import { retrieveCart } from "../data/cart"
import { getRegion } from "../data/regions"
import type { FormState } from "../types"

/** The visitor's open cart id, creating the cart (and its cookie) when there is none. */
async function ensureCart(): Promise<string> {
  const existing = await retrieveCart("id,completed_at")
  if (existing) return existing.id
  const region = await getRegion()
  const { cart } = await sdk()
    .store.cart.create({ region_id: region.id }, { fields: "id" }, await authHeaders())
    .catch(rethrow)
  await setCartId(cart.id)
  return cart.id
}

const quantityOf = (form: FormData) => Math.max(0, Math.floor(Number(text(form, "quantity") || "1")))

/** Adds a service to the cart. */
export async function addToCartAction(_prev: FormState, form: FormData): Promise<FormState> {
  const variantId = text(form, "variant_id")
  const quantity = Math.max(1, quantityOf(form))
  if (!variantId) return { formError: "generic" }
  const cartId = await ensureCart()
  try {
    await sdk().store.cart.createLineItem(cartId, { variant_id: variantId, quantity }, { fields: "id" }, await authHeaders())
  } catch (error) {
    const apiError = toApiError(error)
    if (apiError.status >= 500) throw apiError
    return { formError: "add_to_cart_failed" }
  }
  revalidateTag("cart")
  return { ok: true }
}

/** Changes the quantity of a cart line; zero removes it. */
export async function updateLineAction(form: FormData): Promise<void> {
  const cartId = await getCartId()
  const lineId = text(form, "line_id")
  if (!cartId || !lineId) return
  const quantity = quantityOf(form)
  const headers = await authHeaders()
  if (quantity === 0) await sdk().store.cart.deleteLineItem(cartId, lineId, {}, headers).catch(rethrow)
  else await sdk().store.cart.updateLineItem(cartId, lineId, { quantity }, { fields: "id" }, headers).catch(rethrow)
  revalidateTag("cart")
}

/** Removes a line from the cart. */
export async function removeLineAction(form: FormData): Promise<void> {
  const cartId = await getCartId()
  const lineId = text(form, "line_id")
  if (!cartId || !lineId) return
  await sdk().store.cart.deleteLineItem(cartId, lineId, {}, await authHeaders()).catch(rethrow)
  revalidateTag("cart")
}
