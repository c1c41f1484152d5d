#!/usr/bin/env node
// npm test: every test of the project, against real PostgreSQL, Redis and a real browser.
//   npm test                      all of it
//   npm test -- --only=unit,http  some layers (unit, modules, http, redis, e2e)
// A run is green only when every layer ran every test it holds: nothing passes by being skipped.
import crypto from "node:crypto"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { dropDatabase, dropDatabasesOfRun, externalServer, recreateDatabase, startEmbeddedPostgres } from "./lib/database.mjs"
import { backendDir, packageDirs, pluginDirs, repoRoot } from "./lib/paths.mjs"
import { isReachable, run } from "./lib/processes.mjs"
import { baseEnv, buildApps, buildPlugins, startStack } from "./lib/stack.mjs"

const LAYERS = ["unit", "modules", "http", "redis", "e2e"]

/** The only workspace layers that may hold no tests (jest's --passWithNoTests), and why. */
const EMPTY_LAYERS = [
  { workspace: "backend", layer: "modules", reason: "the backend owns no module: modules live in the plugins" },
]

/**
 * Skipped, todo or pending tests allowed to stay so, by full name, each with its reason.
 * Any other skipped test fails the run.
 */
const ALLOWED_SKIPS = {}

/** HTTP suites run a second time on Medusa's Redis modules (event bus, workflow engine, locking, cache). */
const REDIS_SUITES = [
  "integration-tests/http/municipal-voucher/checkout.spec.ts",
  "integration-tests/http/municipal-voucher/concurrency.spec.ts",
  "integration-tests/http/municipal-voucher/completion.spec.ts",
]
const TEST_REDIS_URL = process.env.TEST_REDIS_URL || "redis://127.0.0.1:6379/3"

// One id per run: database names carry it, so two runs on one PostgreSQL never share data.
const RUN_ID = String(100000 + crypto.randomInt(900000))
const results = []
const cleanups = []

function parseLayers(argv) {
  const unknownArgs = argv.filter((a) => !a.startsWith("--only="))
  if (unknownArgs.length) {
    throw new Error(`unknown argument ${unknownArgs.join(" ")}: use --only=${LAYERS.join(",")}`)
  }
  const only = argv.find((a) => a.startsWith("--only="))
  if (!only) {
    return LAYERS
  }
  const names = only.slice("--only=".length).split(",").filter(Boolean)
  const unknown = names.filter((n) => !LAYERS.includes(n))
  if (unknown.length || !names.length) {
    throw new Error(`unknown layer "${unknown.join(",")}" in --only: the layers are ${LAYERS.join(", ")}`)
  }
  return names
}

/**
 * Runs one stage and records its counts. A stage that cannot start (a build, a server, a
 * missing tool) is recorded as failed, with one failure, so the closing line never hides it.
 */
async function stage(label, fn) {
  try {
    const result = await fn()
    const disallowed = result.skipped.filter((name) => !ALLOWED_SKIPS[name])
    for (const name of disallowed) {
      console.error(`✗ ${label}: skipped without a reason in ALLOWED_SKIPS: ${name}`)
    }
    const ok = result.ok && disallowed.length === 0
    // A stage that failed without a failing test (a crash, a compile error) still counts one.
    results.push({ label, ...result, failed: !ok && result.failed === 0 ? 1 : result.failed, ok })
  } catch (error) {
    console.error(`✗ ${label} did not run: ${error.message}`)
    results.push({ label, passed: 0, failed: 1, skipped: [], ok: false, note: "did not run" })
  }
}

/** Local PostgreSQL when it answers (CI machines run one), else an embedded one just for this run. */
async function databaseServer() {
  if (process.env.DATABASE_URL) {
    return externalServer(process.env.DATABASE_URL)
  }
  if (await isReachable("127.0.0.1", 5432)) {
    return { ...externalServer("postgres://postgres@localhost:5432/postgres"), host: "localhost" }
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "tw-test-pg-"))
  fs.chmodSync(dataDir, 0o777)
  const server = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "data") })
  cleanups.push(async () => {
    await server.stop()
    fs.rmSync(dataDir, { recursive: true, force: true })
  })
  console.log(`• no PostgreSQL on 127.0.0.1:5432: embedded server on port ${server.port}`)
  return { ...server, host: "localhost" }
}

/** Names of the tests jest reported as skipped, todo or pending. */
function jestSkipped(summary) {
  return summary.testResults.flatMap((file) =>
    file.assertionResults
      .filter((t) => ["pending", "todo", "skipped", "disabled"].includes(t.status))
      .map((t) => t.fullName)
  )
}

/** Runs jest in a workspace for one test type. */
async function jest(cwd, layer, testType, env, files = []) {
  const workspace = path.basename(cwd)
  const declaredEmpty = EMPTY_LAYERS.some((e) => e.workspace === workspace && e.layer === layer)
  const report = path.join(os.tmpdir(), `tw-jest-${process.pid}-${results.length}.json`)
  const args = ["jest", "--runInBand", "--forceExit", "--json", `--outputFile=${report}`]
  if (declaredEmpty) {
    args.push("--passWithNoTests")
  }
  let ok = true
  try {
    await run("npx", [...args, ...files], {
      cwd,
      env: { ...env, TEST_TYPE: testType, TEST_RUN_ID: RUN_ID, NODE_OPTIONS: "--experimental-vm-modules" },
    })
  } catch {
    ok = false
  }
  if (!fs.existsSync(report)) {
    throw new Error("jest wrote no report")
  }
  const summary = JSON.parse(fs.readFileSync(report, "utf-8"))
  fs.rmSync(report)
  if (declaredEmpty && summary.numTotalTests > 0) {
    console.error(`✗ ${workspace} ${layer} is declared empty in EMPTY_LAYERS but holds ${summary.numTotalTests} tests`)
    ok = false
  }
  return {
    passed: summary.numPassedTests,
    failed: summary.numFailedTests + summary.numRuntimeErrorTestSuites,
    skipped: jestSkipped(summary),
    ok: ok && summary.success,
  }
}

/** Node's own test runner, for the plain packages (no Medusa, no jest). */
async function nodeTest(cwd) {
  const report = path.join(os.tmpdir(), `tw-node-test-${process.pid}-${results.length}.tap`)
  let ok = true
  try {
    await run(
      "node",
      ["--test", "--test-reporter=spec", "--test-reporter-destination=stdout", "--test-reporter=tap", `--test-reporter-destination=${report}`],
      { cwd }
    )
  } catch {
    ok = false
  }
  const tap = fs.readFileSync(report, "utf-8")
  fs.rmSync(report)
  const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, "m").exec(tap)?.[1] ?? NaN)
  const skipped = [...tap.matchAll(/^\s*ok \d+ - (.+?) # (?:SKIP|TODO)/gm)].map((m) => m[1])
  if (Number.isNaN(count("pass"))) {
    throw new Error("node --test printed no summary")
  }
  return { passed: count("pass"), failed: count("fail") + count("cancelled"), skipped, ok }
}

/** The voucher HTTP suites again, with REDIS_URL set. */
async function redisStage(env) {
  const { hostname, port } = new URL(TEST_REDIS_URL)
  if (!(await isReachable(hostname, Number(port || 6379)))) {
    throw new Error(`no Redis answers at ${TEST_REDIS_URL}: start one, or set TEST_REDIS_URL`)
  }
  const missing = REDIS_SUITES.filter((file) => !fs.existsSync(path.join(backendDir, file)))
  for (const file of missing) {
    console.log(`• redis: ${file} does not exist (yet): not run`)
  }
  const files = REDIS_SUITES.filter((file) => !missing.includes(file))
  if (!files.length) {
    throw new Error("none of REDIS_SUITES exists")
  }
  // Rate-limit counters in this run's own keys: a shared Redis keeps earlier runs' for 15 minutes.
  const redisEnv = { ...env, REDIS_URL: TEST_REDIS_URL, RATE_LIMIT_REDIS_PREFIX: `tw:rate-limit:test-${RUN_ID}:` }
  const result = await jest(backendDir, "redis", "integration:http", redisEnv, files)
  return missing.length ? { ...result, note: `not run, missing: ${missing.map((f) => path.basename(f)).join(", ")}` } : result
}

/** Debian's Chromium drives the browser tests; Playwright never downloads one here. */
async function ensureChromium() {
  const executable = process.env.CHROMIUM_PATH || "/usr/bin/chromium"
  if (fs.existsSync(executable)) {
    return
  }
  if (process.getuid?.() === 0 && fs.existsSync("/usr/bin/apt-get")) {
    console.log("• installing Debian's chromium for the browser tests")
    await run("apt-get", ["update", "-qq"], { quiet: true })
    await run("apt-get", ["install", "-y", "-qq", "chromium"], {
      env: { DEBIAN_FRONTEND: "noninteractive" },
      quiet: true,
    })
    return
  }
  throw new Error(`No Chromium at ${executable}: install Debian's "chromium" package or set CHROMIUM_PATH`)
}

/** Titles of the tests Playwright's JSON report marks as skipped. */
function playwrightSkipped(report) {
  const out = []
  const walk = (suite, trail) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status === "skipped") {
          out.push([...trail, spec.title].join(" › "))
        }
      }
    }
    for (const child of suite.suites ?? []) {
      walk(child, [...trail, child.title])
    }
  }
  for (const suite of report.suites ?? []) {
    walk(suite, [suite.title])
  }
  return out
}

const E2E_BACKEND_PORT = Number(process.env.E2E_BACKEND_PORT || 9100)
const E2E_STOREFRONT_PORT = Number(process.env.E2E_STOREFRONT_PORT || 8100)

async function e2e(server, prebuilt) {
  await ensureChromium()
  // A failed early build is reported here, where the e2e stage records it.
  await prebuilt
  const database = `tradatewelfare_e2e_${RUN_ID}`
  await recreateDatabase(server, database)
  cleanups.push(() => dropDatabase(server, database))
  const logDir = path.join(repoRoot, "test-results")
  fs.mkdirSync(logDir, { recursive: true })
  const stack = await startStack({
    databaseUrl: server.url(database),
    backendPort: E2E_BACKEND_PORT,
    storefrontPort: E2E_STOREFRONT_PORT,
    logFile: fs.createWriteStream(path.join(logDir, "e2e-servers.log")),
    requireFreePorts: true,
    // The card that needs the customer's action (pp_requires-action_test): e2e's global setup adds it to the region.
    backendEnv: { ENABLE_TEST_PAYMENT_PROVIDER: "true" },
  })
  cleanups.push(() => stack.stop())

  const report = path.join(logDir, "e2e-report.json")
  fs.rmSync(report, { force: true })
  let ok = true
  try {
    await run("npx", ["playwright", "test", "-c", "e2e/playwright.config.ts"], {
      cwd: repoRoot,
      env: {
        ...baseEnv,
        STOREFRONT_URL: stack.storefrontUrl,
        BACKEND_URL: stack.backendUrl,
        PLAYWRIGHT_JSON_OUTPUT_NAME: report,
        PLAYWRIGHT_OUTPUT_DIR: path.join(logDir, "playwright-npm-test"),
      },
    })
  } catch {
    ok = false
  }
  if (!fs.existsSync(report)) {
    throw new Error("Playwright wrote no report")
  }
  const json = JSON.parse(fs.readFileSync(report, "utf-8"))
  return {
    passed: json.stats.expected,
    failed: json.stats.unexpected + json.stats.flaky + (json.errors?.length ?? 0),
    skipped: playwrightSkipped(json),
    ok,
  }
}

async function main(layers) {
  const server = await databaseServer()
  // Medusa's test runners leave their databases behind; this run's carry its id.
  cleanups.push(() => dropDatabasesOfRun(server, RUN_ID))
  const env = {
    ...baseEnv,
    DB_HOST: server.host,
    DB_PORT: String(server.port),
    DB_USERNAME: server.user,
    DB_PASSWORD: server.password ?? "",
  }
  await buildPlugins()
  // The browser tests need production builds of the backend and storefront: minutes of one
  // core, while the jest layers mostly wait on PostgreSQL. Built alongside them, not after.
  const prebuilt = layers.includes("e2e") ? buildApps({ backendUrl: `http://localhost:${E2E_BACKEND_PORT}` }) : null
  prebuilt?.catch(() => {}) // reported by the e2e stage, which awaits it

  const workspaces = [...pluginDirs(), backendDir]
  if (layers.includes("unit")) {
    for (const dir of packageDirs()) {
      await stage(`unit: ${path.basename(dir)}`, () => nodeTest(dir))
    }
    for (const dir of workspaces) {
      await stage(`unit: ${path.basename(dir)}`, () => jest(dir, "unit", "unit", env))
    }
  }
  if (layers.includes("modules")) {
    for (const dir of workspaces) {
      await stage(`modules: ${path.basename(dir)}`, () => jest(dir, "modules", "integration:modules", env))
    }
  }
  if (layers.includes("http")) {
    await stage("http: backend", () => jest(backendDir, "http", "integration:http", env))
  }
  if (layers.includes("redis")) {
    await stage(`redis: voucher suites on ${TEST_REDIS_URL}`, () => redisStage(env))
  }
  if (layers.includes("e2e")) {
    await stage("e2e (Chromium)", () => e2e(server, prebuilt))
  }
}

let exitCode = 0
try {
  await main(parseLayers(process.argv.slice(2)))
} catch (error) {
  console.error(`✗ ${error.message}`)
  results.push({ label: "set-up", passed: 0, failed: 1, skipped: [], ok: false, note: "did not run" })
  exitCode = 1
} finally {
  for (const cleanup of cleanups.reverse()) {
    await cleanup().catch(() => {})
  }
}

console.log("\nTest summary")
for (const r of results) {
  const skipped = r.skipped.length ? `, ${r.skipped.length} skipped` : ""
  console.log(`  ${r.ok ? "ok  " : "FAIL"} ${r.label}: ${r.passed} passed, ${r.failed} failed${skipped}${r.note ? ` (${r.note})` : ""}`)
  for (const name of r.skipped) {
    console.log(`         skipped: ${name}${ALLOWED_SKIPS[name] ? ` — ${ALLOWED_SKIPS[name]}` : " — no reason given"}`)
  }
}
const passed = results.reduce((n, r) => n + r.passed, 0)
const failed = results.reduce((n, r) => n + r.failed, 0)
const skipped = results.reduce((n, r) => n + r.skipped.length, 0)
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`)
if (exitCode || results.some((r) => !r.ok)) {
  process.exit(1)
}
