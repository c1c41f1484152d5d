#!/usr/bin/env node
// npm run bench: the platform's routes measured against stock Medusa routes on the same server, same run.
import fs from "node:fs"
import path from "node:path"
import { createDatabaseIfMissing, resolveServer } from "./lib/database.mjs"
import { dataDir } from "./lib/paths.mjs"
import { budget, budgetSummary, checkoutClient, json, measure, percentile } from "./lib/bench-kit.mjs"
import { lighthouseSection } from "./lib/lighthouse.mjs"
import { isReachable } from "./lib/processes.mjs"
import { soak, workerCrash } from "./lib/soak.mjs"
import { readPublishableKey, stackSecrets, startBackend, startStack } from "./lib/stack.mjs"

const BACKEND = process.env.BENCH_BACKEND_URL || "http://localhost:9000"
const STOREFRONT = process.env.BENCH_STOREFRONT_URL || "http://localhost:8000"
const DATABASE_NAME = process.env.DEMO_DATABASE_NAME || "tradatewelfare"
const DURATION = Number(process.env.BENCH_DURATION || 10)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 20)
/** Sequential checkouts per payment path: fewer than 100 leave the p95 unstable. */
const CHECKOUTS = Number(process.env.BENCH_CHECKOUTS || 100)
/** --prod: the production shape (API server + worker, PostgreSQL and Redis), a soak and a worker crash. */
const PROD = process.argv.includes("--prod")
const SOAK_SECONDS = Number(process.env.BENCH_SOAK_SECONDS || 180)
const RECONCILE_SECONDS = Number(process.env.BENCH_RECONCILE_SECONDS || 120)
/** --lighthouse-only: the storefront's pages in Lighthouse, without autocannon and the checkouts. */
const LIGHTHOUSE_ONLY = process.argv.includes("--lighthouse-only")

async function main() {
  const stack = await ensureStack()
  try {
    const ctx = await context(stack.publishableKey)
    if (!LIGHTHOUSE_ONLY) {
      await serverBench(ctx, stack)
    }
    await lighthouseSection({ storefront: STOREFRONT, backend: BACKEND, ctx })
  } finally {
    await stack.stop()
  }
  if (!budgetSummary()) {
    process.exitCode = 1
  }
}

/** The routes under autocannon, the revalidation delay, the checkouts and (--prod) the soak. */
async function serverBench(ctx, stack) {
  const targets = [
    { name: "GET /store/regions (baseline)", url: `${BACKEND}/store/regions`, headers: ctx.store },
    { name: "GET /store/products?limit=20 priced (cache on)", url: `${BACKEND}/store/products?limit=20&region_id=${ctx.regionId}&fields=*variants.calculated_price`, headers: ctx.store },
    { name: "GET /store/product-categories", url: `${BACKEND}/store/product-categories?limit=50`, headers: ctx.store },
    { name: "GET /store/comuni (ambito plugin)", url: `${BACKEND}/store/comuni`, headers: ctx.store },
    { name: "storefront /aree/childcare (page)", url: `${STOREFRONT}/aree/childcare`, headers: {} },
  ]
  const rows = []
  for (const target of targets) {
    await measure(target, 2, CONNECTIONS) // warm caches and JIT, not recorded
    rows.push({ name: target.name, ...(await measure(target, DURATION, CONNECTIONS)) })
  }
  report(rows)
  const stockProductsRps = await catalogueCacheBench(ctx, stack, targets[1])
  const page = rows.find((r) => r.name.includes("storefront"))
  if (stockProductsRps) {
    budget("care-area page req/s ÷ stock priced product list req/s (cache off)", page.rps / stockProductsRps, { atLeast: 25, unit: "×", digits: 1 })
    console.log("")
  }
  await revalidationCheck(ctx)
  await checkoutBench(ctx)
  if (PROD) {
    await soak({ stack, ctx, seconds: SOAK_SECONDS, connections: CONNECTIONS })
    await workerCrash({ stack, ctx, databaseUrl: process.env.DATABASE_URL, batch: 30, reconcileSeconds: RECONCILE_SECONDS })
  }
}

/** Uses a running demo, or starts the same stack (startStack, as npm run demo) for the length of the run. */
async function ensureStack() {
  if (PROD) {
    return startProdStack()
  }
  const up = (await isReachable("127.0.0.1", Number(new URL(BACKEND).port))) &&
    (await isReachable("127.0.0.1", Number(new URL(STOREFRONT).port)))
  if (up) {
    console.log(`Using the running stack: ${BACKEND} and ${STOREFRONT}\n`)
    return { publishableKey: readPublishableKey(DATABASE_NAME), databaseUrl: process.env.DATABASE_URL, stop: async () => {} }
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
    databaseUrl: database.url(DATABASE_NAME),
    stop: async () => {
      await stack.stop()
      await database.stop()
    },
  }
}

/** The shape of npm run start:prod, started for the bench on the bench's ports. */
async function startProdStack() {
  const missing = ["DATABASE_URL", "REDIS_URL"].filter((name) => !process.env[name])
  if (missing.length) {
    throw new Error(`npm run bench -- --prod runs on PostgreSQL and Redis: set ${missing.join(" and ")}`)
  }
  console.log("Starting the production shape (API server, worker, storefront) for the bench…")
  fs.mkdirSync(path.join(dataDir, "logs"), { recursive: true })
  const backendPort = Number(new URL(BACKEND).port)
  const stack = await startStack({
    databaseUrl: process.env.DATABASE_URL,
    redisUrl: process.env.REDIS_URL,
    workerMode: "split",
    backendPort,
    workerPort: Number(process.env.WORKER_PORT || backendPort + 1),
    storefrontPort: Number(new URL(STOREFRONT).port),
    logFile: fs.createWriteStream(path.join(dataDir, "logs", "bench-prod-servers.log"), { flags: "a" }),
  })
  return { ...stack, databaseUrl: process.env.DATABASE_URL }
}

async function context(publishableKey) {
  const store = { "x-publishable-api-key": publishableKey }
  const { regions } = await json(`${BACKEND}/store/regions`, { headers: store })
  const accounts = JSON.parse(fs.readFileSync("backend/src/seed-data/accounts.json", "utf-8"))
  const { token } = await json(`${BACKEND}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: accounts.admin.email, password: accounts.admin.password }),
  })
  return { store, regionId: regions[0].id, admin: { authorization: `Bearer ${token}`, "content-type": "application/json" } }
}

function report(rows) {
  const baseline = rows[0].rps
  const pad = (s, n) => String(s).padEnd(n)
  const num = (n, d = 0) => Number(n).toFixed(d).padStart(8)
  console.log(`${pad("route", 40)}${"req/s".padStart(8)}${"p50 ms".padStart(8)}${"p95 ms".padStart(8)}${"× base".padStart(8)}  errors`)
  for (const r of rows) {
    console.log(`${pad(r.name, 40)}${num(r.rps)}${num(r.p50)}${num(r.p95)}${num(r.rps / baseline, 2)}  ${r.non2xx}`)
  }
  console.log("")
  budget("failed or non-2xx answers across the routes", rows.reduce((n, r) => n + r.non2xx, 0), { atMost: 0, digits: 0 })
}

/**
 * The priced product list with Medusa's caching module (the platform's setting) against the same
 * build with it off (CATALOGUE_CACHE=off): a second backend on the same database, measured in
 * turns. Then a price edit, timed until the cached list shows it.
 */
async function catalogueCacheBench(ctx, stack, target) {
  if (!stack.databaseUrl) {
    console.log("Catalogue cache: not compared (a running demo on an embedded database: stop it, or set DATABASE_URL)\n")
    return null
  }
  const port = Number(new URL(BACKEND).port) + 50
  const stock = await startBackend({
    databaseUrl: stack.databaseUrl,
    port,
    name: "backend-without-cache",
    env: { ...stackSecrets(path.join(dataDir, "demo-secrets.json")), CATALOGUE_CACHE: "off", ...(PROD && { REDIS_URL: process.env.REDIS_URL }) },
    logFile: fs.createWriteStream(path.join(dataDir, "logs", "bench-servers.log"), { flags: "a" }),
  })
  try {
    const uncached = { ...target, url: target.url.replace(BACKEND, `http://localhost:${port}`) }
    await measure(uncached, 2, CONNECTIONS)
    const rounds = { on: [], off: [] }
    for (let i = 0; i < 2; i++) {
      rounds.off.push(await measure(uncached, DURATION, CONNECTIONS))
      rounds.on.push(await measure(target, DURATION, CONNECTIONS))
    }
    const rps = (list) => list.reduce((n, r) => n + r.rps, 0) / list.length
    const p95 = (list) => Math.max(...list.map((r) => r.p95)).toFixed(0)
    console.log(`Catalogue cache, ${target.name}, ${rounds.on.length} alternating rounds of ${DURATION} s:`)
    console.log(`  cache off ${rps(rounds.off).toFixed(1)} req/s (p95 ${p95(rounds.off)} ms), cache on ${rps(rounds.on).toFixed(1)} req/s (p95 ${p95(rounds.on)} ms)`)
    budget("priced product list, cache on ÷ cache off", rps(rounds.on) / rps(rounds.off), { atLeast: 5, unit: "×", digits: 1 })
    budget("non-2xx answers with the cache on or off", [...rounds.on, ...rounds.off].reduce((n, r) => n + r.non2xx, 0), { atMost: 0, digits: 0 })
    budget("ms from a price edit's answer until the cached product list shows it", await cachedPriceEditDelay(ctx, target), { atMost: 1000, digits: 0 })
    return rps(rounds.off)
  } finally {
    await stock.server.stopServer()
  }
}

/** A variant's euro price and a way to set it through the admin API (to edit, then restore). */
async function eurPriceEditor(ctx, productId, variantId) {
  const { variant } = await json(`${BACKEND}/admin/products/${productId}/variants/${variantId}?fields=*prices`, { headers: ctx.admin })
  const price = variant.prices.find((p) => p.currency_code === "eur")
  const setPrice = (amount) =>
    json(`${BACKEND}/admin/products/${productId}/variants/${variantId}`, {
      method: "POST",
      headers: ctx.admin,
      body: JSON.stringify({ prices: [{ id: price.id, amount, currency_code: "eur" }] }),
    })
  return { amount: price.amount, setPrice }
}

/** Edits the first listed variant's price through the admin API and polls the store list until it shows. */
async function cachedPriceEditDelay(ctx, target) {
  const variantPrice = async () => {
    const { products } = await json(target.url, { headers: target.headers })
    return { product: products[0], variant: products[0].variants[0] }
  }
  const { product, variant } = await variantPrice()
  const price = await eurPriceEditor(ctx, product.id, variant.id)
  const edited = Math.round(price.amount * 100 + 41) / 100
  // From the admin's answer: the edit is committed, and from then on the list must show it.
  await price.setPrice(edited)
  const started = Date.now()
  let delay = Infinity
  while (Date.now() - started < 10000) {
    const { variant: seen } = await variantPrice()
    if (Number(seen.calculated_price?.calculated_amount) === edited) {
      delay = Date.now() - started
      break
    }
    await new Promise((r) => setTimeout(r, 50))
  }
  await price.setPrice(price.amount)
  return delay
}

/** Edits a price through the admin API and times how long the storefront takes to show it. */
async function revalidationCheck(ctx) {
  const { products } = await json(`${BACKEND}/admin/products?limit=1&fields=id,handle,variants.id`, { headers: ctx.admin })
  const product = products[0]
  const { amount, setPrice } = await eurPriceEditor(ctx, product.id, product.variants[0].id)
  const newAmount = Math.round(amount * 100 + 37) / 100
  const shown = newAmount.toFixed(2).replace(".", ",")
  const pageUrl = `${STOREFRONT}/servizi/${product.handle}`
  await fetch(pageUrl) // make sure the page is cached before the edit

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
  await setPrice(amount)
  console.log(
    delay === null
      ? `Revalidation: the new price € ${shown} did NOT show on ${pageUrl} within 30 s`
      : `Revalidation: a price edited in the admin API showed on the service page after ${delay} ms`
  )
}

/**
 * Checkout paid by a municipal voucher against checkout paid by the system provider
 * alone: same citizen, same one-line cart, alternating so that both see the same server.
 * Timed: the payment step (apply the voucher | open the card session) plus completion.
 */
async function checkoutBench(ctx) {
  const runs = CHECKOUTS
  const client = await checkoutClient(ctx, BACKEND, runs + 5)
  const { newCart, service } = client
  const timed = async (fn) => {
    const started = performance.now()
    const result = await fn()
    if (result.type !== "order") {
      throw new Error(`checkout did not complete: ${JSON.stringify(result)}`)
    }
    return performance.now() - started
  }
  const paths = {
    system: (cartId) => timed(() => client.paySystem(cartId)),
    voucher: (cartId) => timed(() => client.payVoucher(cartId)),
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
