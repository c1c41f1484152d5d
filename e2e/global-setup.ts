import accounts from "../backend/src/seed-data/accounts.json"

/** The test card that answers "requires_more" until its webhook confirms (backend/src/providers/requires-action). */
export const ACTION_CARD_PROVIDER = "pp_requires-action_test"

/**
 * Before the browser tests: the region offers the test card that needs the customer's action.
 * The backend loads that provider only with ENABLE_TEST_PAYMENT_PROVIDER=true (scripts/test.mjs
 * sets it); the demo's seed never adds it, so the demo's checkout never shows it.
 */
export default async function globalSetup() {
  const backendUrl = process.env.BACKEND_URL || "http://localhost:9000"
  const call = async <T>(method: string, path: string, token?: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${backendUrl}${path}`, {
      method,
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${await response.text()}`)
    return (await response.json()) as T
  }
  const { token } = await call<{ token: string }>("POST", "/auth/user/emailpass", undefined, {
    email: accounts.admin.email,
    password: accounts.admin.password,
  })
  const { payment_providers } = await call<{ payment_providers: { id: string }[] }>(
    "GET",
    "/admin/payments/payment-providers?limit=100",
    token
  )
  if (!payment_providers.some((p) => p.id === ACTION_CARD_PROVIDER)) {
    throw new Error(`${ACTION_CARD_PROVIDER} is not loaded: start the backend with ENABLE_TEST_PAYMENT_PROVIDER=true`)
  }
  const { regions } = await call<{ regions: { id: string; payment_providers?: { id: string }[] }[] }>(
    "GET",
    "/admin/regions?fields=id,*payment_providers&limit=100",
    token
  )
  for (const region of regions) {
    const ids = (region.payment_providers ?? []).map((p) => p.id)
    if (!ids.includes(ACTION_CARD_PROVIDER)) {
      await call("POST", `/admin/regions/${region.id}`, token, { payment_providers: [...ids, ACTION_CARD_PROVIDER] })
    }
  }
}
