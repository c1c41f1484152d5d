import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { sdk } from "../config"
import { authHeaders } from "../cookies"
import { rethrow, toApiError } from "../errors"
import { type OrderFigures, orderFigures } from "../order-figures"
import type { Order, Page } from "../types"
import { listVouchers } from "./vouchers"

const ORDER_FIELDS =
  "+customer_id,*items,*items.variant,*billing_address,*credit_lines,*payment_collections.payments,*payment_collections.payments.refunds,+cart.id"
const ORDERS_PAGE_SIZE = 10

/** The logged-in citizen's orders, newest first. */
export async function listOrders(page: number): Promise<Page<Order>> {
  const { orders, count } = await sdk()
    .client.fetch<HttpTypes.StoreOrderListResponse>("/store/orders", {
      query: {
        fields: "id,display_id,created_at,status,payment_status,total,credit_line_total,currency_code,*items",
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

/** A citizen's order as the wallet names it: the ledger refers to the cart the order came from. */
export type OrderRef = { id: string; display_id: number }

/**
 * The citizen's orders by the cart they came from (Medusa's order–cart link), so that each
 * voucher movement can name its order. The most recent 100 orders are enough for a wallet.
 */
export async function ordersByCart(): Promise<Record<string, OrderRef>> {
  const { orders } = await sdk()
    .client.fetch<{ orders: (HttpTypes.StoreOrder & { cart?: { id: string } | null })[] }>("/store/orders", {
      query: { fields: "id,display_id,cart.id", order: "-created_at", limit: 100 },
      headers: await authHeaders(),
      cache: "no-store",
    })
    .catch(rethrow)
  return Object.fromEntries(
    orders.flatMap((order) => (order.cart?.id ? [[order.cart.id, { id: order.id, display_id: order.display_id ?? 0 }]] : []))
  )
}

/**
 * An order with its one set of figures. Refunds to a voucher are in the citizen's wallet
 * (against the cart the order came from), so the wallet is read only for orders a voucher paid.
 */
export async function retrieveOrderWithFigures(id: string): Promise<{ order: Order; figures: OrderFigures } | undefined> {
  const order = await retrieveOrder(id)
  if (!order) return undefined
  const vouchers = order.credit_lines?.length ? await listVouchers() : []
  return { order, figures: orderFigures(order, vouchers, order.cart?.id) }
}
