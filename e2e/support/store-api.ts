import fs from "fs"
import path from "path"

/** Talks to the Medusa store API the way any storefront does, to set up what a test needs. */
export class StoreApi {
  constructor(
    private readonly backendUrl: string,
    readonly publishableKey: string,
    private token?: string
  ) {}

  static fromEnv() {
    const backendUrl = process.env.BACKEND_URL || "http://localhost:9000"
    // A stack started beside the usual one passes its key; otherwise the storefront's settings have it.
    const key = process.env.MEDUSA_PUBLISHABLE_KEY || StoreApi.keyFromStorefrontEnv()
    if (!key) {
      throw new Error("storefront/.env.local has no MEDUSA_PUBLISHABLE_KEY: start the stack first")
    }
    return new StoreApi(backendUrl, key)
  }

  private static keyFromStorefrontEnv(): string | undefined {
    const envFile = fs.readFileSync(path.join(__dirname, "..", "..", "storefront", ".env.local"), "utf-8")
    return /MEDUSA_PUBLISHABLE_KEY=(.+)/.exec(envFile)?.[1]?.trim()
  }

  async request<T = any>(method: string, url: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.backendUrl}${url}`, {
      method,
      headers: {
        "content-type": "application/json",
        "x-publishable-api-key": this.publishableKey,
        ...(this.token && { authorization: `Bearer ${this.token}` }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const data = await response.json().catch(() => ({}))
    if (!response.ok) {
      throw new Error(`${method} ${url} → ${response.status} ${JSON.stringify(data)}`)
    }
    return data as T
  }

  async login(email: string, password: string) {
    const { token } = await this.request<{ token: string }>("POST", "/auth/customer/emailpass", { email, password })
    this.token = token
  }

  /**
   * A complete checkout of one service (and optionally more), paid with the system provider;
   * `beforePayment` runs on the cart before the payment session (to apply a voucher, say).
   */
  async placeOrder(
    productHandle: string,
    options: { extraHandles?: string[]; beforePayment?: (cartId: string) => Promise<unknown> } = {}
  ) {
    const { regions } = await this.request("GET", "/store/regions")
    const region = regions.find((r: { countries: { iso_2: string }[] }) => r.countries.some((c) => c.iso_2 === "it"))
    const { cart } = await this.request("POST", "/store/carts", { region_id: region.id })
    for (const handle of [productHandle, ...(options.extraHandles ?? [])]) {
      const { products } = await this.request("GET", `/store/products?handle=${handle}&region_id=${region.id}`)
      await this.request("POST", `/store/carts/${cart.id}/line-items`, { variant_id: products[0].variants[0].id, quantity: 1 })
    }
    const { customer } = await this.request("GET", "/store/customers/me?fields=*addresses")
    const address = customer.addresses[0]
    await this.request("POST", `/store/carts/${cart.id}`, {
      email: customer.email,
      billing_address: {
        first_name: address.first_name,
        last_name: address.last_name,
        address_1: address.address_1,
        city: address.city,
        postal_code: address.postal_code,
        province: address.province,
        country_code: address.country_code,
      },
    })
    await options.beforePayment?.(cart.id)
    const { payment_collection } = await this.request("POST", "/store/payment-collections", { cart_id: cart.id })
    await this.request("POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, {
      provider_id: "pp_system_default",
    })
    const completed = await this.request("POST", `/store/carts/${cart.id}/complete`)
    if (completed.type !== "order") {
      throw new Error(`Checkout did not complete: ${JSON.stringify(completed)}`)
    }
    return { order: completed.order, customer }
  }
}
