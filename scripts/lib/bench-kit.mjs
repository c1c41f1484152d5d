// What the benchmarks share: budgets checked on the figure they name, HTTP calls, autocannon
// runs, and a citizen's checkout (voucher or system provider) against the seeded demo.
import fs from "node:fs"
import path from "node:path"
import autocannon from "autocannon"
import { backendDir } from "./paths.mjs"

/** Every budget the bench checks, each on the figure it names. */
export const budgets = []

/** Records and prints one budget line: the figure, the limit, OK or MISSED. */
export function budget(label, figure, { atLeast, atMost, unit = "", digits = 2 }) {
  const met = Number.isFinite(figure) && (atLeast === undefined || figure >= atLeast) && (atMost === undefined || figure <= atMost)
  const limit = atLeast !== undefined ? `at least ${atLeast}${unit}` : `at most ${atMost}${unit}`
  budgets.push({ label, met })
  console.log(`  ${met ? "OK    " : "MISSED"} ${label}: ${Number(figure).toFixed(digits)}${unit} (budget: ${limit})`)
}

/** Prints how many budgets were met; false when any was missed. */
export function budgetSummary() {
  const missed = budgets.filter((b) => !b.met)
  console.log(`\nBudgets: ${budgets.length - missed.length} met, ${missed.length} MISSED${missed.length ? ` (${missed.map((b) => b.label).join("; ")})` : ""}`)
  return missed.length === 0
}

export async function json(url, init = {}) {
  const response = await fetch(url, init)
  if (!response.ok) {
    throw new Error(`${init.method || "GET"} ${url} → ${response.status} ${await response.text()}`)
  }
  return response.json()
}

/** Runs autocannon and computes p50/p95 from every response time it saw. */
export function measure({ url, headers }, duration, connections) {
  return new Promise((resolve, reject) => {
    const latencies = []
    let errors = 0
    const instance = autocannon({ url, headers, connections, duration }, (err, result) => {
      if (err) {
        return reject(err)
      }
      latencies.sort((a, b) => a - b)
      const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN
      resolve({
        rps: result.requests.average,
        p50: at(0.5),
        p95: at(0.95),
        non2xx: result.non2xx + errors,
      })
    })
    instance.on("response", (_client, status, _bytes, time) => latencies.push(time))
    instance.on("reqError", () => errors++)
  })
}

export const percentile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]

const seedFile = (file) => JSON.parse(fs.readFileSync(path.join(backendDir, "src", "seed-data", file), "utf-8"))

/**
 * A seeded citizen with a fresh voucher large enough for `checkouts` one-line carts of a
 * SilverCare service, logged in; and the calls that make a cart and pay it either way.
 */
export async function checkoutClient(ctx, backend, checkouts) {
  const citizen = seedFile("accounts.json").citizens[1]
  const service = seedFile("services.json").find((s) => s.care_area === "silvercare")

  // A scheme and a voucher large enough for every run, so the balance never ends the test early.
  const { customers } = await json(`${backend}/admin/customers?q=${encodeURIComponent(citizen.email)}`, { headers: ctx.admin })
  const now = Date.now()
  const { voucher_scheme: scheme } = await json(`${backend}/admin/voucher-schemes`, {
    method: "POST",
    headers: ctx.admin,
    body: JSON.stringify({
      name: `Benchmark ${new Date(now).toISOString()}`,
      comuni: [citizen.comune],
      funding_source: "Benchmark",
      starts_at: new Date(now - 86400000).toISOString(),
      ends_at: new Date(now + 30 * 86400000).toISOString(),
      care_areas: ["silvercare"],
    }),
  })
  const { voucher_ids: [voucherId] } = await json(`${backend}/admin/voucher-schemes/${scheme.id}/vouchers`, {
    method: "POST",
    headers: ctx.admin,
    body: JSON.stringify({
      customer_id: customers[0].id,
      amount: service.price_eur * checkouts,
      reason: "benchmark",
      idempotency_key: `bench-${now}-${Math.random().toString(36).slice(2)}`,
    }),
  })

  const { token } = await json(`${backend}/auth/customer/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: citizen.email, password: citizen.password }),
  })
  const headers = { ...ctx.store, authorization: `Bearer ${token}`, "content-type": "application/json" }
  const call = (method, path, body) =>
    json(`${backend}${path}`, { method, headers, body: body && JSON.stringify(body) })
  const { products } = await call("GET", `/store/products?handle=${service.handle}&region_id=${ctx.regionId}`)

  const newCart = async () => {
    const { cart } = await call("POST", "/store/carts", { region_id: ctx.regionId })
    await call("POST", `/store/carts/${cart.id}/line-items`, { variant_id: products[0].variants[0].id, quantity: 1 })
    await call("POST", `/store/carts/${cart.id}`, {
      email: citizen.email,
      billing_address: { first_name: citizen.first_name, last_name: citizen.last_name, ...citizen.address },
    })
    return cart.id
  }
  return {
    service,
    voucherId,
    newCart,
    paySystem: async (cartId) => {
      const { payment_collection } = await call("POST", "/store/payment-collections", { cart_id: cartId })
      await call("POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" })
      return call("POST", `/store/carts/${cartId}/complete`)
    },
    payVoucher: async (cartId) => {
      await call("POST", `/store/carts/${cartId}/vouchers`, { voucher_id: voucherId })
      return call("POST", `/store/carts/${cartId}/complete`)
    },
  }
}
