"use server"

import type { HttpTypes } from "@medusajs/types"
import { revalidateTag } from "next/cache"
import { getLocale } from "next-intl/server"
import { redirect } from "@/i18n/navigation"
import { REGION_COUNTRY, sdk } from "../config"
import { authHeaders, removeCartId } from "../cookies"
import { rethrow, toApiError } from "../errors"
import { ADDRESS_FIELDS, echo, requireFields, text } from "../forms"
import { requiresShipping, retrieveCart } from "../data/cart"
import { retrieveCustomer } from "../data/customer"
import type { FormState } from "../types"

async function go(href: string): Promise<never> {
  return redirect({ href, locale: await getLocale() })
}

/** Step 1: the billing address (also the shipping address when something must be shipped). */
export async function setAddressAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = echo(form, ADDRESS_FIELDS)
  const fieldErrors = requireFields(form, ADDRESS_FIELDS.filter((f) => f !== "phone"))
  if (text(form, "postal_code") && !/^\d{5}$/.test(text(form, "postal_code"))) fieldErrors.postal_code = "postal_code_invalid"
  if (Object.keys(fieldErrors).length > 0) return { fieldErrors, values }

  const [customer, cart] = await Promise.all([retrieveCustomer(), retrieveCart()])
  if (!customer) return { formError: "login_required", values }
  if (!cart?.items?.length) return { formError: "cart_empty", values }

  const headers = await authHeaders()
  const address: HttpTypes.StoreAddAddress = { ...values, country_code: REGION_COUNTRY }
  if (cart.customer_id !== customer.id) await sdk().store.cart.transferCart(cart.id, {}, headers).catch(rethrow)
  await sdk()
    .store.cart.update(
      cart.id,
      { email: customer.email, billing_address: address, ...(requiresShipping(cart) ? { shipping_address: address } : {}) },
      { fields: "id" },
      headers
    )
    .catch(rethrow)
  // Remembered for the next checkout, so data already held is not asked again.
  if (!customer.addresses?.length) {
    await sdk().store.customer.createAddress({ ...address, is_default_billing: true }, { fields: "id" }, headers).catch(rethrow)
  }
  revalidateTag("cart")
  return go(requiresShipping(cart) ? "/checkout?step=spedizione" : "/checkout?step=pagamento")
}

/** Step 2 (only for carts that need shipping): the shipping option. */
export async function setShippingAction(_prev: FormState, form: FormData): Promise<FormState> {
  const optionId = text(form, "option_id")
  if (!optionId) return { fieldErrors: { option_id: "choose_one" } }
  const cart = await retrieveCart("id")
  if (!cart) return { formError: "cart_empty" }
  await sdk().store.cart.addShippingMethod(cart.id, { option_id: optionId }, { fields: "id" }, await authHeaders()).catch(rethrow)
  revalidateTag("cart")
  return go("/checkout?step=pagamento")
}

/**
 * Last step: pays what the vouchers leave with the chosen provider and completes the
 * cart into an order. When vouchers cover everything there is nothing to pay by card.
 */
export async function placeOrderAction(_prev: FormState, form: FormData): Promise<FormState> {
  const providerId = text(form, "provider_id")
  const [customer, cart] = await Promise.all([retrieveCustomer(), retrieveCart()])
  if (!customer) return { formError: "login_required" }
  if (!cart?.items?.length) return { formError: "cart_empty" }
  const cardTotal = cart.total ?? 0
  if (cardTotal > 0 && !providerId) return { fieldErrors: { provider_id: "choose_one" } }

  const headers = { ...(await authHeaders()), "accept-language": await getLocale() }
  let orderId: string
  try {
    if (cardTotal > 0) await sdk().store.payment.initiatePaymentSession(cart, { provider_id: providerId }, {}, headers)
    const result = await sdk().store.cart.complete(cart.id, {}, headers)
    if (result.type !== "order") return { formError: "payment_failed" }
    orderId = result.order.id
  } catch (error) {
    const apiError = toApiError(error)
    if (apiError.status >= 500) throw apiError
    // The voucher checks (a voucher changed since it was applied...) answer in the page's language.
    return { formError: "payment_failed", message: apiError.message }
  }
  await removeCartId()
  revalidateTag("cart")
  revalidateTag("orders")
  revalidateTag("vouchers")
  return go(`/ordini/${orderId}/conferma`)
}
