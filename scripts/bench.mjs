#!/usr/bin/env node
// npm run bench: the platform's routes measured against stock Medusa routes on the same server, same run.
import fs from "node:fs"
import path from "node:path"
import autocannon from "autocannon"
import { createDatabaseIfMissing, resolveServer } from "./lib/database.mjs"
import { dataDir } from "./lib/paths.mjs"
import { isReachable } from "./lib/processes.mjs"
import { readPublishableKey, startStack } from "./lib/stack.mjs"

const BACKEND = process.env.BENCH_BACKEND_URL || "http://localhost:9000"
const STOREFRONT = process.env.BENCH_STOREFRONT_URL || "http://localhost:8000"
const DATABASE_NAME = process.env.DEMO_DATABASE_NAME || "tradatewelfare"
const DURATION = Number(process.env.BENCH_DURATION || 10)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 20)
/** Sequential checkouts per payment path: fewer than 100 leave the p95 unstable. */
const CHECKOUTS = Number(process.env.BENCH_CHECKOUTS || 100)

/** Every budget the bench checks, each on the figure it names. */
const budgets = []

/** Records and prints one budget line: the figure, the limit, OK or MISSED. */
function budget(label, figure, { atLeast, atMost, unit = "", digits = 2 }) {
  const met = Number.isFinite(figure) && (atLeast === undefined || figure >= atLeast) && (atMost === undefined || figure <= atMost)
  const limit = atLeast !== undefined ? `at least ${atLeast}${unit}` : `at most ${atMost}${unit}`
  budgets.push({ label, met })
  console.log(`  ${met ? "OK    " : "MISSED"} ${label}: ${Number(figure).toFixed(digits)}${unit} (budget: ${limit})`)
}

async function main() {
  const stack = await ensureStack()
  try {
    const ctx = await context(stack.publishableKey)
    const targets = [
      { name: "GET /store/regions (baseline)", url: `${BACKEND}/store/regions`, headers: ctx.store },
      { name: "GET /store/products?limit=20 priced", url: `${BACKEND}/store/products?limit=20&region_id=${ctx.regionId}&fields=*variants.calculated_price`, headers: ctx.store },
      { name: "GET /store/product-categories", url: `${BACKEND}/store/product-categories?limit=50`, headers: ctx.store },
      { name: "GET /store/comuni (ambito plugin)", url: `${BACKEND}/store/comuni`, headers: ctx.store },
      { name: "storefront /aree/childcare (page)", url: `${STOREFRONT}/aree/childcare`, headers: {} },
    ]
    const rows = []
    for (const target of targets) {
      await measure(target, 2) // warm caches and JIT, not recorded
      rows.push({ name: target.name, ...(await measure(target, DURATION)) })
    }
    report(rows)
    await revalidationCheck(ctx)
    await checkoutBench(ctx)
  } finally {
    await stack.stop()
  }
  const missed = budgets.filter((b) => !b.met)
  console.log(`\nBudgets: ${budgets.length - missed.length} met, ${missed.length} MISSED${missed.length ? ` (${missed.map((b) => b.label).join("; ")})` : ""}`)
  if (missed.length) {
    process.exitCode = 1
  }
}

/** Uses a running demo, or starts the same stack (startStack, as npm run demo) for the length of the run. */
async function ensureStack() {
  const up = (await isReachable("127.0.0.1", Number(new URL(BACKEND).port))) &&
    (await isReachable("127.0.0.1", Number(new URL(STOREFRONT).port)))
  if (up) {
    console.log(`Using the running stack: ${BACKEND} and ${STOREFRONT}\n`)
    return { publishableKey: readPublishableKey(DATABASE_NAME), stop: async () => {} }
  }
  console.log("No demo running: starting one for the bench…")
  const database = await resolveServer()
  await createDatabaseIfMissing(database, DATABASE_NAME)
  fs.mkdirSync(path.join(dataDir, "logs"), { recursive: true })
  const stack = await startStack({
    databaseUrl: database.url(DATABASE_NAME),
    backendPort: Number(new URL(BACKEND).port),
    storefrontPort: Number(new URL(STOREFRONT).port),
    secretsFile: path.join(dataDir, "demo-secrets.json"),
    logFile: fs.createWriteStream(path.join(dataDir, "logs", "bench-servers.log"), { flags: "a" }),
  })
  return {
    publishableKey: stack.publishableKey,
    stop: async () => {
      await stack.stop()
      await database.stop()
    },
  }
}

async function json(url, init = {}) {
  const response = await fetch(url, init)
  if (!response.ok) {
    throw new Error(`${init.method || "GET"} ${url} → ${response.status} ${await response.text()}`)
  }
  return response.json()
}

async function context(publishableKey) {
  const { readFileSync } = fs
  const store = { "x-publishable-api-key": publishableKey }
  const { regions } = await json(`${BACKEND}/store/regions`, { headers: store })
  const accounts = JSON.parse(readFileSync("backend/src/seed-data/accounts.json", "utf-8"))
  const { token } = await json(`${BACKEND}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: accounts.admin.email, password: accounts.admin.password }),
  })
  return { store, regionId: regions[0].id, admin: { authorization: `Bearer ${token}`, "content-type": "application/json" } }
}

/** Runs autocannon and computes p50/p95 from every response time it saw. */
function measure({ url, headers }, duration) {
  return new Promise((resolve, reject) => {
    const latencies = []
    let errors = 0
    const instance = autocannon({ url, headers, connections: CONNECTIONS, duration }, (err, result) => {
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

function report(rows) {
  const baseline = rows[0].rps
  const pad = (s, n) => String(s).padEnd(n)
  const num = (n, d = 0) => Number(n).toFixed(d).padStart(8)
  console.log(`${pad("route", 40)}${"req/s".padStart(8)}${"p50 ms".padStart(8)}${"p95 ms".padStart(8)}${"× base".padStart(8)}  errors`)
  for (const r of rows) {
    console.log(`${pad(r.name, 40)}${num(r.rps)}${num(r.p50)}${num(r.p95)}${num(r.rps / baseline, 2)}  ${r.non2xx}`)
  }
  const products = rows.find((r) => r.name.includes("/store/products"))
  const page = rows.find((r) => r.name.includes("storefront"))
  console.log("")
  budget("care-area page req/s ÷ stock priced product list req/s", page.rps / products.rps, { atLeast: 25, unit: "×", digits: 1 })
  budget("failed or non-2xx answers across the routes", rows.reduce((n, r) => n + r.non2xx, 0), { atMost: 0, digits: 0 })
}

/** Edits a price through the admin API and times how long the storefront takes to show it. */
async function revalidationCheck(ctx) {
  const { products } = await json(`${BACKEND}/admin/products?limit=1&fields=id,handle,*variants,*variants.prices,*categories`, { headers: ctx.admin })
  const product = products[0]
  const variant = product.variants[0]
  const price = variant.prices.find((p) => p.currency_code === "eur")
  const newAmount = Math.round(price.amount * 100 + 37) / 100
  const shown = newAmount.toFixed(2).replace(".", ",")
  const pageUrl = `${STOREFRONT}/servizi/${product.handle}`
  await fetch(pageUrl) // make sure the page is cached before the edit

  const setPrice = (amount) =>
    json(`${BACKEND}/admin/products/${product.id}/variants/${variant.id}`, {
      method: "POST",
      headers: ctx.admin,
      body: JSON.stringify({ prices: [{ id: price.id, amount, currency_code: "eur" }] }),
    })
  const started = Date.now()
  await setPrice(newAmount)
  let delay = null
  while (Date.now() - started < 30000) {
    if ((await (await fetch(pageUrl)).text()).includes(shown)) {
      delay = Date.now() - started
      break
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  await setPrice(price.amount)
  console.log(
    delay === null
      ? `Revalidation: the new price € ${shown} did NOT show on ${pageUrl} within 30 s`
      : `Revalidation: a price edited in the admin API showed on the service page after ${delay} ms`
  )
}

const percentile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]

/**
 * Checkout paid by a municipal voucher against checkout paid by the system provider
 * alone: same citizen, same one-line cart, alternating so that both see the same server.
 * Timed: the payment step (apply the voucher | open the card session) plus completion.
 */
async function checkoutBench(ctx) {
  const runs = CHECKOUTS
  const { readFileSync } = fs
  const citizen = JSON.parse(readFileSync("backend/src/seed-data/accounts.json", "utf-8")).citizens[1]
  const services = JSON.parse(readFileSync("backend/src/seed-data/services.json", "utf-8"))
  const service = services.find((s) => s.care_area === "silvercare")

  // A scheme and a voucher large enough for every run, so the balance never ends the test early.
  const { customers } = await json(`${BACKEND}/admin/customers?q=${encodeURIComponent(citizen.email)}`, { headers: ctx.admin })
  const now = Date.now()
  const { voucher_scheme: scheme } = await json(`${BACKEND}/admin/voucher-schemes`, {
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
  const { voucher_ids: [voucherId] } = await json(`${BACKEND}/admin/voucher-schemes/${scheme.id}/vouchers`, {
    method: "POST",
    headers: ctx.admin,
    body: JSON.stringify({ customer_id: customers[0].id, amount: service.price_eur * (runs + 5), reason: "benchmark" }),
  })

  const { token } = await json(`${BACKEND}/auth/customer/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: citizen.email, password: citizen.password }),
  })
  const headers = { ...ctx.store, authorization: `Bearer ${token}`, "content-type": "application/json" }
  const call = (method, path, body) =>
    json(`${BACKEND}${path}`, { method, headers, body: body && JSON.stringify(body) })
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
  const timed = async (fn) => {
    const started = performance.now()
    const result = await fn()
    if (result.type !== "order") {
      throw new Error(`checkout did not complete: ${JSON.stringify(result)}`)
    }
    return performance.now() - started
  }
  const paths = {
    system: (cartId) => timed(async () => {
      const { payment_collection } = await call("POST", "/store/payment-collections", { cart_id: cartId })
      await call("POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" })
      return call("POST", `/store/carts/${cartId}/complete`)
    }),
    voucher: (cartId) => timed(async () => {
      await call("POST", `/store/carts/${cartId}/vouchers`, { voucher_id: voucherId })
      return call("POST", `/store/carts/${cartId}/complete`)
    }),
  }
  const times = { system: [], voucher: [] }
  for (let i = 0; i < runs + 3; i++) {
    for (const mode of i % 2 ? ["system", "voucher"] : ["voucher", "system"]) {
      const ms = await paths[mode](await newCart())
      if (i >= 3) times[mode].push(ms) // the first rounds warm up
    }
  }
  const stats = Object.fromEntries(
    Object.entries(times).map(([mode, list]) => {
      const sorted = [...list].sort((a, b) => a - b)
      return [mode, { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) }]
    })
  )
  console.log(`\nCheckout (payment step + complete, one ${service.handle} line, alternating, after 3 warm-up rounds)`)
  console.log(`  system provider alone   ${times.system.length} samples   p50 ${stats.system.p50.toFixed(0)} ms   p95 ${stats.system.p95.toFixed(0)} ms`)
  console.log(`  municipal voucher       ${times.voucher.length} samples   p50 ${stats.voucher.p50.toFixed(0)} ms   p95 ${stats.voucher.p95.toFixed(0)} ms`)
  console.log(`  ratio voucher/system    p50 ${(stats.voucher.p50 / stats.system.p50).toFixed(2)}   p95 ${(stats.voucher.p95 / stats.system.p95).toFixed(2)}`)
  budget(`samples per checkout path`, Math.min(times.system.length, times.voucher.length), { atLeast: 100, digits: 0 })
  budget("checkout p95 ratio voucher/system", stats.voucher.p95 / stats.system.p95, { atMost: 1.2 })
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
