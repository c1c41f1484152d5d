import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
} from "@medusajs/medusa/core-flows"
import type { MunicipalVoucherModuleService } from "@tradatewelfare/municipal-voucher/modules/municipal-voucher"

import { VOUCHER_PROVIDER_ID } from "@tradatewelfare/municipal-voucher/types"
import { codiceFiscaleFor, createCitizen as registerCitizen, createComuni } from "../../helpers/actors"

export const VOUCHER_PROVIDER = VOUCHER_PROVIDER_ID
export const CARD_PROVIDER = "pp_system_default"
/** The test-only card that needs the customer's action (backend/src/providers/requires-action). */
export const ACTION_CARD_PROVIDER = "pp_requires-action_test"
export const DAY = 24 * 3600 * 1000

type Api = {
  post: (url: string, body?: unknown, config?: unknown) => Promise<{ status: number; data: any }>
  get: (url: string, config?: unknown) => Promise<{ status: number; data: any }>
  delete: (url: string, config?: unknown) => Promise<{ status: number; data: any }>
}

/** Region Italia with voucher and card providers, a publishable key, a SilverCare and a YouCare service. */
export async function createShop(container: MedusaContainer) {
  const {
    result: [salesChannel],
  } = await createSalesChannelsWorkflow(container).run({ input: { salesChannelsData: [{ name: "Test" }] } })
  const {
    result: [apiKey],
  } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: "Test", type: "publishable", created_by: "test" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: apiKey.id, add: [salesChannel.id] } })
  const {
    result: [region],
  } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        { name: "Italia", currency_code: "eur", countries: ["it"], payment_providers: [CARD_PROVIDER, VOUCHER_PROVIDER, ACTION_CARD_PROVIDER] },
      ],
    },
  })
  const { result: categories } = await createProductCategoriesWorkflow(container).run({
    input: {
      product_categories: [
        { name: "SilverCare", handle: "silvercare", is_active: true },
        { name: "YouCare", handle: "youcare", is_active: true },
      ],
    },
  })
  const byHandle = (h: string) => categories.find((c) => c.handle === h)!.id
  const product = (handle: string, category: string, price: number) => ({
    title: handle,
    handle,
    status: ProductStatus.PUBLISHED,
    category_ids: [byHandle(category)],
    sales_channels: [{ id: salesChannel.id }],
    metadata: { cooperative_handle: "coop-test" },
    options: [{ title: "Formula", values: ["Standard"] }],
    variants: [
      {
        title: "Standard",
        manage_inventory: false,
        options: { Formula: "Standard" },
        prices: [{ amount: price, currency_code: "eur" }],
      },
    ],
  })
  const { result: products } = await createProductsWorkflow(container).run({
    input: {
      products: [product("assistenza-domiciliare", "silvercare", 40), product("corso-di-inglese", "youcare", 30)],
    },
  })
  const variantOf = (handle: string) => products.find((p) => p.handle === handle)!.variants[0].id
  return {
    region,
    headers: { "x-publishable-api-key": apiKey.token } as Record<string, string>,
    eligibleProduct: products.find((p) => p.handle === "assistenza-domiciliare")!.id,
    eligibleVariant: variantOf("assistenza-domiciliare"),
    ineligibleVariant: variantOf("corso-di-inglese"),
  }
}

export type Shop = Awaited<ReturnType<typeof createShop>>

export type Citizen = { id: string; headers: Record<string, string> }

/** A registered customer and the headers that act as them. */
export async function createCitizen(api: Api, shop: Shop, email: string): Promise<Citizen> {
  const password = "Cittadino2026!"
  const { data: reg } = await api.post("/auth/customer/emailpass/register", { email, password })
  const { data: created } = await api.post(
    "/store/customers",
    { email, first_name: "Maria", last_name: "Rossi" },
    { headers: { ...shop.headers, authorization: `Bearer ${reg.token}` } }
  )
  const { data: login } = await api.post("/auth/customer/emailpass", { email, password })
  return {
    id: created.customer.id as string,
    headers: { ...shop.headers, authorization: `Bearer ${login.token}` },
  }
}

export function voucherService(container: MedusaContainer): MunicipalVoucherModuleService {
  return container.resolve("municipalVoucher")
}

/** A SilverCare scheme and one voucher of `amount` for the citizen. */
export async function grantVoucher(container: MedusaContainer, customerId: string, amount: number) {
  const service = voucherService(container)
  const scheme = await service.createVoucherSchemes({
    name: "Voucher domiciliarità 2026",
    comuni: ["012127"],
    funding_source: "Piano di Zona",
    starts_at: new Date(Date.now() - DAY),
    ends_at: new Date(Date.now() + 365 * DAY),
    care_areas: ["silvercare", "familycare"],
  })
  const [granted] = await service.grantVouchers([
    { scheme_id: scheme.id, customer_id: customerId, amount, idempotency_key: `grant:${scheme.id}:${customerId}` },
  ])
  return granted.voucher_id
}

export async function createCart(api: Api, shop: Shop, citizen: Citizen, variants: string[]) {
  const { data } = await api.post(
    "/store/carts",
    {
      region_id: shop.region.id,
      email: "maria.rossi@example.org",
      items: variants.map((variant_id) => ({ variant_id, quantity: 1 })),
    },
    { headers: citizen.headers }
  )
  return data.cart.id as string
}

/** The voucher's balance and the sum of its ledger, which must always agree. */
export async function voucherState(container: MedusaContainer, voucherId: string) {
  const service = voucherService(container)
  const voucher = await service.retrieveVoucher(voucherId)
  const entries = await service.listVoucherLedgerEntries({ voucher_id: voucherId })
  const sum = entries.reduce((total, e) => total + Math.round(Number(e.amount) * 100), 0) / 100
  return { balance: Number(voucher.balance), sum, status: voucher.status, kinds: entries.map((e) => e.kind).sort() }
}

/** Resolves an axios-like call to its response, whether it succeeded or failed. */
export async function settle(call: Promise<{ status: number; data: any }>) {
  try {
    return await call
  } catch (error) {
    const response = (error as { response?: { status: number; data: any } }).response
    if (!response) {
      throw error
    }
    return response
  }
}

/** Waits until `check` answers something truthy (an event subscriber's work), or fails after `ms`. */
export async function eventually<T>(check: () => Promise<T>, ms = 20000): Promise<T> {
  const until = Date.now() + ms
  for (;;) {
    const value = await check()
    if (value || Date.now() > until) {
      if (!value) {
        throw new Error(`still not true after ${ms} ms`)
      }
      return value
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** Starts paying the cart's rest with a card provider; returns the session's id and provider token. */
export async function startCardPayment(
  api: Api,
  container: MedusaContainer,
  citizen: Citizen,
  cartId: string,
  provider: string,
  data: Record<string, unknown> = {}
) {
  const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, { headers: citizen.headers })
  await api.post(
    `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
    { provider_id: provider, data },
    { headers: citizen.headers }
  )
  const query = container.resolve("query")
  const { data: sessions } = await query.graph({
    entity: "payment_session",
    fields: ["id", "amount", "data"],
    filters: { payment_collection_id: collection.payment_collection.id, provider_id: provider },
  })
  return { session_id: sessions[0].id as string, token: sessions[0].data?.token as string, amount: Number(sessions[0].amount) }
}

/** The orders made from a cart (Medusa's order_cart link): must never be more than one. */
export async function ordersOfCart(container: MedusaContainer, cartId: string) {
  const { data } = await container.resolve("query").graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
  return data.map((link: { order_id: string }) => link.order_id)
}

/**
 * The voucher's state once nothing is held any more: the capture follows the order on
 * order.placed, a moment after completion answers.
 */
export async function settledState(container: MedusaContainer, voucherId: string) {
  const service = voucherService(container)
  await eventually(async () => {
    const entries = await service.listVoucherLedgerEntries({ voucher_id: voucherId })
    const cents = (n: unknown) => Math.round(Number(n) * 100)
    const held = entries.reduce(
      (total: number, e: { kind: string; amount: unknown; metadata: Record<string, unknown> | null }) =>
        total +
        (e.kind === "hold" || e.kind === "release" ? -cents(e.amount) : e.kind === "capture" ? -cents(e.metadata?.captured) : 0),
      0
    )
    return held === 0
  })
  return voucherState(container, voucherId)
}

/** A scheme's admin body: SilverCare in Tradate, open since yesterday for a year, 300 € per citizen. */
export function schemeBody(overrides: Record<string, unknown> = {}) {
  return {
    name: "Voucher domiciliarità 2026",
    comuni: ["012127"],
    funding_source: "Fondo Nazionale Politiche Sociali",
    starts_at: new Date(Date.now() - DAY).toISOString(),
    ends_at: new Date(Date.now() + 365 * DAY).toISOString(),
    care_areas: ["silvercare"],
    max_per_citizen: 300,
    ...overrides,
  }
}

/** A cart of 40 € eligible + 30 € not, with a voucher of `amount` applied: 40 by voucher, 30 by card. */
export async function cartWithVoucher(api: Api, container: MedusaContainer, shop: Shop, citizen: Citizen, amount = 100) {
  const voucherId = await grantVoucher(container, citizen.id, amount)
  const cartId = await createCart(api, shop, citizen, [shop.eligibleVariant, shop.ineligibleVariant])
  await api.post(`/store/carts/${cartId}/vouchers`, { voucher_id: voucherId }, { headers: citizen.headers })
  return { voucherId, cartId }
}

/**
 * An order of the 40 € eligible service paid through a voucher payment session (the provider
 * used alone, no credit line): its order id and Medusa's payment, as the operator reads them.
 */
export async function orderPaidByVoucherSession(
  api: Api,
  shop: Shop,
  citizen: Citizen,
  voucherId: string,
  operator: { headers: Record<string, string> }
) {
  const cartId = await createCart(api, shop, citizen, [shop.eligibleVariant])
  const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, { headers: citizen.headers })
  await api.post(
    `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
    { provider_id: VOUCHER_PROVIDER, data: { voucher_id: voucherId } },
    { headers: citizen.headers }
  )
  const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, { headers: citizen.headers })
  if (completed.type !== "order") {
    throw new Error(`the cart did not complete: ${JSON.stringify(completed)}`)
  }
  const { data } = await api.get(`/admin/orders/${completed.order.id}?fields=*payment_collections.payments`, operator)
  return { orderId: completed.order.id as string, payment: data.order.payment_collections[0].payments[0] }
}

/** A citizen registered with a profile (codice fiscale matching the name, comune, household of 2). */
export async function registerResident(
  api: Api,
  shop: Shop,
  { email, n, comuneId, first = "Maria", last = "Rossi" }: { email: string; n: number; comuneId: string; first?: string; last?: string }
): Promise<Citizen> {
  const { customer, headers } = await registerCitizen(api, { headers: shop.headers }, {
    email,
    first_name: first,
    last_name: last,
    codice_fiscale: codiceFiscaleFor(n, last, first),
    comune_id: comuneId,
    household_size: 2,
  })
  return { id: customer.id as string, headers: headers.headers }
}

/** The Ambito's comuni and two residents: Maria Rossi in Tradate, Giuseppe Bianchi in Venegono. */
export async function twoResidents(api: Api, container: MedusaContainer, shop: Shop) {
  const comuni = await createComuni(container)
  const maria = await registerResident(api, shop, { email: "maria.rossi@example.org", n: 1, comuneId: comuni.tradate.id })
  const giuseppe = await registerResident(api, shop, {
    email: "giuseppe.bianchi@example.org",
    n: 2,
    comuneId: comuni.venegono.id,
    first: "Giuseppe",
    last: "Bianchi",
  })
  return { maria, giuseppe }
}
