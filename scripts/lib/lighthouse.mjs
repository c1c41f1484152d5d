// npm run bench's Lighthouse section: the storefront's pages in Lighthouse's default mobile
// emulation (a mid-range phone, simulated slow 4G and a 4× slower CPU), in Debian's Chromium.
import fs from "node:fs"
import path from "node:path"
import * as chromeLauncher from "chrome-launcher"
import lighthouse from "lighthouse"
import { budget, json } from "./bench-kit.mjs"
import { backendDir, dataDir, repoRoot } from "./paths.mjs"

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium"
/** The machine has no network beyond localhost: keep Chromium from trying (updates, sync, QUIC). */
const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
]
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
/** Each page is measured this many times and every figure is the median: one run is noisy on a shared machine. */
const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS || 3)
/** The storefront's cart cookie (storefront/src/lib/cookies.ts). */
const CART_COOKIE = "_tw_cart_id"

const BUDGETS = { performance: 95, lcpMs: 2000, accessibility: 100, jsKb: 150 }

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** A guest cart with one line of the service page's service, made through the store API. */
async function cartWithOneLine({ backend, ctx, handle }) {
  const headers = { ...ctx.store, "content-type": "application/json" }
  const { products } = await json(`${backend}/store/products?handle=${handle}&region_id=${ctx.regionId}`, { headers })
  const { cart } = await json(`${backend}/store/carts`, { method: "POST", headers, body: JSON.stringify({ region_id: ctx.regionId }) })
  await json(`${backend}/store/carts/${cart.id}/line-items`, {
    method: "POST",
    headers,
    body: JSON.stringify({ variant_id: products[0].variants[0].id, quantity: 1 }),
  })
  return cart.id
}

/**
 * The scripts a page loads first: those its HTML names (Next's "First Load JS"), without the
 * chunks of other routes that Next prefetches afterwards for the links in view.
 */
async function firstLoadScripts(url, headers) {
  const html = await (await fetch(url, { headers })).text()
  return new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => new URL(m[1].replace(/&amp;/g, "&"), url).href))
}

/** The figures of one Lighthouse report; the JavaScript as transferred (compressed) in that run. */
function figures(lhr, scripts) {
  const score = (id) => Math.round((lhr.categories[id]?.score ?? NaN) * 100)
  const requests = lhr.audits["network-requests"]?.details?.items ?? []
  const jsBytes = requests.filter((r) => scripts.has(r.url)).reduce((sum, r) => sum + (r.transferSize || 0), 0)
  return {
    performance: score("performance"),
    lcpMs: lhr.audits["largest-contentful-paint"].numericValue,
    fcpMs: lhr.audits["first-contentful-paint"].numericValue,
    tbtMs: lhr.audits["total-blocking-time"].numericValue,
    cls: lhr.audits["cumulative-layout-shift"].numericValue,
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    jsKb: jsBytes / 1024,
  }
}

/**
 * Lighthouse on the home page, a care-area listing, a service page and the cart (one line),
 * RUNS times each; prints the medians and checks them against the budgets.
 */
export async function lighthouseSection({ storefront, backend, ctx }) {
  const service = JSON.parse(fs.readFileSync(path.join(backendDir, "src", "seed-data", "services.json"), "utf-8")).find(
    (s) => s.care_area === "childcare"
  )
  const cartId = await cartWithOneLine({ backend, ctx, handle: service.handle })
  const pages = [
    { name: "home", path: "/" },
    { name: "care area", path: "/aree/childcare" },
    { name: "service", path: `/servizi/${service.handle}` },
    { name: "cart (one line)", path: "/carrello", headers: { Cookie: `${CART_COOKIE}=${cartId}` } },
  ]
  const reportDir = path.join(dataDir, "lighthouse")
  fs.mkdirSync(reportDir, { recursive: true })

  console.log(`\nLighthouse ${lighthouseVersion()} (mobile emulation, Lighthouse's defaults), median of ${RUNS} runs per page`)
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS, logLevel: "silent" })
  const rows = []
  try {
    for (const page of pages) {
      // The first render fills Next's cache, and is not measured.
      const scripts = await firstLoadScripts(`${storefront}${page.path}`, page.headers)
      const runs = []
      for (let i = 0; i < RUNS; i++) {
        const result = await lighthouse(`${storefront}${page.path}`, {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: CATEGORIES,
          extraHeaders: page.headers,
        })
        if (result.lhr.runtimeError) {
          throw new Error(`Lighthouse on ${page.path}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`)
        }
        runs.push(figures(result.lhr, scripts))
        fs.writeFileSync(path.join(reportDir, `${page.name.split(" ")[0]}-${i + 1}.json`), result.report)
      }
      const med = Object.fromEntries(Object.keys(runs[0]).map((key) => [key, median(runs.map((r) => r[key]))]))
      rows.push({ ...page, ...med, perfRuns: runs.map((r) => r.performance), lcpRuns: runs.map((r) => Math.round(r.lcpMs)) })
    }
  } finally {
    await chrome.kill()
  }

  const pad = (s, n) => String(s).padEnd(n)
  const num = (n, w = 7, d = 0) => Number(n).toFixed(d).padStart(w)
  console.log(`${pad("page", 44)}${"perf".padStart(7)}${"LCP ms".padStart(8)}${"FCP ms".padStart(8)}${"TBT ms".padStart(8)}${"CLS".padStart(7)}${"a11y".padStart(6)}${"b.p.".padStart(6)}${"SEO".padStart(6)}${"JS kB".padStart(7)}  each run: perf / LCP ms`)
  for (const r of rows) {
    console.log(
      `${pad(`${r.name} ${r.path}`, 44)}${num(r.performance)}${num(r.lcpMs, 8)}${num(r.fcpMs, 8)}${num(r.tbtMs, 8)}${num(r.cls, 7, 3)}${num(r.accessibility, 6)}${num(r.bestPractices, 6)}${num(r.seo, 6)}${num(r.jsKb, 7, 1)}  ${r.perfRuns.join(" ")} / ${r.lcpRuns.join(" ")}`
    )
  }
  console.log(`  (reports: ${path.relative(process.cwd(), reportDir)}/)`)
  for (const r of rows) {
    budget(`Lighthouse performance, ${r.name}`, r.performance, { atLeast: BUDGETS.performance, digits: 0 })
    budget(`Largest Contentful Paint, ${r.name}`, r.lcpMs, { atMost: BUDGETS.lcpMs, unit: " ms", digits: 0 })
    budget(`Lighthouse accessibility, ${r.name}`, r.accessibility, { atLeast: BUDGETS.accessibility, digits: 0 })
    budget(`first-load JavaScript (compressed), ${r.name}`, r.jsKb, { atMost: BUDGETS.jsKb, unit: " kB", digits: 1 })
  }
  return rows
}

function lighthouseVersion() {
  return JSON.parse(fs.readFileSync(path.join(repoRoot, "node_modules", "lighthouse", "package.json"), "utf-8")).version
}
