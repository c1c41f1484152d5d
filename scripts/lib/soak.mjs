// npm run bench -- --prod: a soak of the production shape (API server + worker on PostgreSQL and
// Redis), then a worker killed with SIGKILL in the middle of a batch of voucher checkouts.
import fs from "node:fs"
import pg from "pg"
import { budget, checkoutClient, measure } from "./bench-kit.mjs"

/** Resident memory (MB) of a server: every process of its process group. */
export function groupRssMb(child) {
  let kb = 0
  for (const pid of fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf-8")
      if (Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]) !== child.pid) {
        continue
      }
      kb += Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf-8"))?.[1] ?? 0)
    } catch {}
  }
  return kb / 1024
}

/**
 * `seconds` at `connections` connections: storefront pages and store routes through autocannon
 * (two connections each), the rest running voucher checkouts one after another.
 */
export async function soak({ stack, ctx, seconds, connections }) {
  const { backend, worker } = stack.servers
  const memory = { start: { server: groupRssMb(backend), worker: groupRssMb(worker) } }
  const pages = ["/", "/aree/childcare", "/aree/silvercare", "/en/aree/youcare"]
  const routes = [
    "/store/regions",
    "/store/product-categories?limit=50",
    "/store/comuni",
    `/store/products?limit=20&region_id=${ctx.regionId}&fields=*variants.calculated_price`,
  ]
  const targets = [
    ...pages.map((p) => ({ name: `page ${p}`, url: `${stack.storefrontUrl}${p}`, headers: {} })),
    ...routes.map((r) => ({ name: `GET ${r.split("?")[0]}`, url: `${stack.backendUrl}${r}`, headers: ctx.store })),
  ]
  const checkoutLoops = Math.max(1, connections - 2 * targets.length)
  const client = await checkoutClient(ctx, stack.backendUrl, 10_000)
  const deadline = Date.now() + seconds * 1000
  const checkouts = { times: [], errors: 0 }
  const loop = async () => {
    while (Date.now() < deadline) {
      const started = performance.now()
      try {
        const result = await client.payVoucher(await client.newCart())
        if (result.type !== "order") {
          throw new Error("not completed")
        }
        checkouts.times.push(performance.now() - started)
      } catch {
        checkouts.errors++
      }
    }
  }
  console.log(`\nSoak: ${seconds} s at ${connections} connections (${targets.length} routes × 2, ${checkoutLoops} checkout loops)`)
  const [rows] = await Promise.all([
    Promise.all(targets.map(async (t) => ({ name: t.name, ...(await measure(t, seconds, 2)) }))),
    Promise.all(Array.from({ length: checkoutLoops }, loop)),
  ])
  const sorted = [...checkouts.times].sort((a, b) => a - b)
  rows.push({
    name: "voucher checkout (cart + apply + complete)",
    rps: checkouts.times.length / seconds,
    p50: sorted[Math.floor(sorted.length * 0.5)],
    p95: sorted[Math.floor(sorted.length * 0.95)],
    non2xx: checkouts.errors,
  })
  memory.end = { server: groupRssMb(backend), worker: groupRssMb(worker) }

  for (const r of rows) {
    console.log(`  ${r.name.padEnd(44)} ${r.rps.toFixed(1).padStart(7)} req/s   p95 ${Number(r.p95).toFixed(0).padStart(5)} ms   errors ${r.non2xx}`)
  }
  console.log(`  memory  API server ${memory.start.server.toFixed(0)} → ${memory.end.server.toFixed(0)} MB   worker ${memory.start.worker.toFixed(0)} → ${memory.end.worker.toFixed(0)} MB`)
  budget("soak: errors across routes and checkouts", rows.reduce((n, r) => n + r.non2xx, 0), { atMost: 0, digits: 0 })
  budget("soak: API server memory growth", (memory.end.server / memory.start.server - 1) * 100, { atMost: 10, unit: "%", digits: 1 })
  budget("soak: worker memory growth", (memory.end.worker / memory.start.worker - 1) * 100, { atMost: 10, unit: "%", digits: 1 })
}

/** Vouchers whose ledger does not sum to their balance, and holds never captured nor released. */
async function ledgerState(databaseUrl) {
  const db = new pg.Client({ connectionString: databaseUrl })
  await db.connect()
  try {
    const { rows: mismatched } = await db.query(`
      SELECT v.id, v.balance, COALESCE(SUM(e.amount), 0) AS ledger
      FROM voucher v LEFT JOIN voucher_ledger_entry e ON e.voucher_id = v.id AND e.deleted_at IS NULL
      WHERE v.deleted_at IS NULL
      GROUP BY v.id, v.balance
      HAVING v.balance <> COALESCE(SUM(e.amount), 0)`)
    const { rows: openHolds } = await db.query(`
      SELECT h.voucher_id, h.reference, h.created_at
      FROM voucher_ledger_entry h
      WHERE h.kind = 'hold' AND h.deleted_at IS NULL AND NOT EXISTS (
        SELECT 1 FROM voucher_ledger_entry s
        WHERE s.voucher_id = h.voucher_id AND s.reference = h.reference
          AND s.kind IN ('capture', 'release') AND s.deleted_at IS NULL)`)
    const { rows: [{ count: vouchers }] } = await db.query("SELECT count(*)::int AS count FROM voucher WHERE deleted_at IS NULL")
    return { vouchers, mismatched, openHolds }
  } finally {
    await db.end()
  }
}

/**
 * A batch of concurrent voucher checkouts; in its middle the worker is killed with SIGKILL and
 * started again. Then every voucher's ledger must sum to its balance, and no hold may stay open
 * longer than the reconciliation time.
 */
export async function workerCrash({ stack, ctx, databaseUrl, batch, reconcileSeconds }) {
  const client = await checkoutClient(ctx, stack.backendUrl, batch + 5)
  const carts = await Promise.all(Array.from({ length: batch }, () => client.newCart()))
  console.log(`\nWorker crash: ${batch} voucher checkouts at once, the worker killed with SIGKILL in their middle`)
  let completed = 0
  const results = carts.map((cartId) =>
    client.payVoucher(cartId).then(
      (r) => (completed++, r.type === "order"),
      () => false
    )
  )
  while (completed < batch / 3 && completed < batch) {
    await new Promise((r) => setTimeout(r, 20))
  }
  const killedAt = Date.now()
  await stack.crashAndRestartWorker({
    down: () => console.log(`  worker killed after ${completed} of ${batch} checkouts had completed; restarting it`),
  })
  const orders = (await Promise.all(results)).filter(Boolean).length
  console.log(`  worker back after ${((Date.now() - killedAt) / 1000).toFixed(1)} s; ${orders} of ${batch} checkouts placed an order`)

  let state = await ledgerState(databaseUrl)
  const waitUntil = killedAt + reconcileSeconds * 1000
  while (state.openHolds.length && Date.now() < waitUntil) {
    await new Promise((r) => setTimeout(r, 2000))
    state = await ledgerState(databaseUrl)
  }
  const after = ((Date.now() - killedAt) / 1000).toFixed(0)
  console.log(`  ${state.vouchers} vouchers checked ${after} s after the crash: ${state.mismatched.length} whose ledger does not sum to the balance, ${state.openHolds.length} holds still open (allowed until ${reconcileSeconds} s)`)
  for (const m of state.mismatched) {
    console.log(`    ${m.id}: balance ${m.balance}, ledger ${m.ledger}`)
  }
  budget("after the crash: vouchers whose ledger ≠ balance", state.mismatched.length, { atMost: 0, digits: 0 })
  budget(`after the crash: holds open past ${reconcileSeconds} s`, state.openHolds.length, { atMost: 0, digits: 0 })
}
