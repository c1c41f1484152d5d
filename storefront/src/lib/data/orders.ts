import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { sdk } from "../config"
import { authHeaders } from "../cookies"
import { rethrow, toApiError } from "../errors"
import type { Order, Page } from "../types"

const ORDER_FIELDS = "+customer_id,*items,*items.variant,*billing_address,*credit_lines,*payment_collections.payments"
const ORDERS_PAGE_SIZE = 10

/** The logged-in citizen's orders, newest first. */
export async function listOrders(page: number): Promise<Page<Order>> {
  const { orders, count } = await sdk()
    .client.fetch<HttpTypes.StoreOrderListResponse>("/store/orders", {
      query: {
        fields: "id,display_id,created_at,status,payment_status,total,currency_code,*items",
        order: "-created_at",
        limit: ORDERS_PAGE_SIZE,
        offset: (page - 1) * ORDERS_PAGE_SIZE,
      },
      headers: await authHeaders(),
      cache: "no-store",
    })
    .catch(rethrow)
  return { items: orders, count, page, pageCount: Math.max(1, Math.ceil(count / ORDERS_PAGE_SIZE)) }
}

/** One order, or undefined when it does not exist (404). */
export async function retrieveOrder(id: string): Promise<Order | undefined> {
  try {
    const { order } = await sdk().client.fetch<HttpTypes.StoreOrderResponse>(`/store/orders/${id}`, {
      query: { fields: ORDER_FIELDS },
      headers: await authHeaders(),
      cache: "no-store",
    })
    return order
  } catch (error) {
    const apiError = toApiError(error)
    if (apiError.status === 404) return undefined
    throw apiError
  }
}
