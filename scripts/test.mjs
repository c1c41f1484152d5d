#!/usr/bin/env node
// npm test: every test of the project, against real PostgreSQL and a real browser.
//   npm test                      all of it
//   npm test -- --only=unit,http  some layers (unit, modules, http, e2e)
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import {
  externalServer,
  isReachable,
  readPublishableKey,
  recreateDatabase,
  startEmbeddedPostgres,
} from "./lib/database.mjs"
import { backendDir, repoRoot } from "./lib/paths.mjs"
import { run } from "./lib/processes.mjs"
import {
  baseEnv,
  buildBackend,
  buildPlugins,
  buildStorefront,
  migrate,
  pluginDirs,
  PUBLISHABLE_KEY_TITLE,
  seed,
  startBackend,
  startStorefront,
  writeStorefrontEnv,
} from "./lib/stack.mjs"

const LAYERS = ["unit", "modules", "http", "e2e"]
const onlyArg = process.argv.find((a) => a.startsWith("--only="))
const layers = onlyArg ? onlyArg.slice(7).split(",") : LAYERS
const results = []
const cleanups = []

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

/** Runs jest in a workspace for one test type and records its counts. */
async function jest(label, cwd, testType, env) {
  if (!fs.existsSync(path.join(cwd, "jest.config.js"))) {
    return
  }
  const report = path.join(os.tmpdir(), `tw-jest-${process.pid}-${results.length}.json`)
  let ok = true
  try {
    await run(
      "npx",
      ["jest", "--runInBand", "--forceExit", "--passWithNoTests", "--json", `--outputFile=${report}`],
      { cwd, env: { ...env, TEST_TYPE: testType, NODE_OPTIONS: "--experimental-vm-modules" } }
    )
  } catch {
    ok = false
  }
  const summary = fs.existsSync(report) ? JSON.parse(fs.readFileSync(report, "utf-8")) : null
  results.push({
    label,
    passed: summary?.numPassedTests ?? 0,
    failed: summary?.numFailedTests ?? 0,
    ok: ok && !!summary && summary.success,
  })
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

async function e2e(server, env) {
  await ensureChromium()
  const database = "tradatewelfare_e2e"
  await recreateDatabase(server, database)
  const databaseUrl = server.url(database)
  const backendPort = Number(process.env.E2E_BACKEND_PORT || 9100)
  const storefrontPort = Number(process.env.E2E_STOREFRONT_PORT || 8100)
  const backendUrl = `http://localhost:${backendPort}`
  const storefrontUrl = `http://localhost:${storefrontPort}`
  const revalidateSecret = "e2e-revalidate-secret"
  const logDir = path.join(repoRoot, "test-results")
  fs.mkdirSync(logDir, { recursive: true })
  const logFile = fs.createWriteStream(path.join(logDir, "e2e-servers.log"))

  await migrate(databaseUrl)
  await run("npx", ["medusa", "exec", "./src/scripts/seed.ts"], {
    cwd: backendDir,
    env: { ...baseEnv, DATABASE_URL: databaseUrl, MEDUSA_BACKEND_URL: backendUrl },
    quiet: true,
  })
  await buildBackend()
  const backend = await startBackend({
    databaseUrl,
    port: backendPort,
    logFile,
    env: {
      STOREFRONT_URL: storefrontUrl,
      STORE_CORS: storefrontUrl,
      REVALIDATE_SECRET: revalidateSecret,
      // The card that needs the customer's action (pp_requires-action_test): e2e's global setup adds it to the region.
      ENABLE_TEST_PAYMENT_PROVIDER: "true",
    },
  })
  cleanups.push(() => backend.server.stopServer())
  writeStorefrontEnv({
    MEDUSA_BACKEND_URL: backendUrl,
    MEDUSA_PUBLISHABLE_KEY: await readPublishableKey(databaseUrl, PUBLISHABLE_KEY_TITLE),
    REVALIDATE_SECRET: revalidateSecret,
  })
  await buildStorefront()
  const storefront = await startStorefront({ port: storefrontPort, logFile })
  cleanups.push(() => storefront.server.stopServer())

  const report = path.join(logDir, "e2e-report.json")
  let ok = true
  try {
    await run("npx", ["playwright", "test", "-c", "e2e/playwright.config.ts"], {
      cwd: repoRoot,
      env: {
        ...env,
        STOREFRONT_URL: storefrontUrl,
        BACKEND_URL: backendUrl,
        PLAYWRIGHT_JSON_OUTPUT_NAME: report,
        PLAYWRIGHT_OUTPUT_DIR: path.join(logDir, "playwright-npm-test"),
      },
    })
  } catch {
    ok = false
  }
  const stats = fs.existsSync(report) ? JSON.parse(fs.readFileSync(report, "utf-8")).stats : null
  results.push({
    label: "e2e (Chromium)",
    passed: stats?.expected ?? 0,
    failed: (stats?.unexpected ?? 0) + (stats?.flaky ?? 0),
    ok: ok && !!stats,
  })
}

async function main() {
  const server = await databaseServer()
  const env = {
    ...baseEnv,
    DB_HOST: server.host,
    DB_PORT: String(server.port),
    DB_USERNAME: server.user,
    DB_PASSWORD: server.password ?? "",
  }
  await buildPlugins()

  const workspaces = [...pluginDirs(), backendDir]
  if (layers.includes("unit")) {
    for (const dir of workspaces) await jest(`unit: ${path.basename(dir)}`, dir, "unit", env)
  }
  if (layers.includes("modules")) {
    for (const dir of workspaces) await jest(`modules: ${path.basename(dir)}`, dir, "integration:modules", env)
  }
  if (layers.includes("http")) {
    await jest("http: backend", backendDir, "integration:http", env)
  }
  if (layers.includes("e2e")) {
    await e2e(server, env)
  }
}

let exitCode = 0
try {
  await main()
} catch (error) {
  console.error(error)
  exitCode = 1
} finally {
  for (const cleanup of cleanups.reverse()) {
    await cleanup().catch(() => {})
  }
}

console.log("\nTest summary")
for (const r of results) {
  console.log(`  ${r.ok ? "ok  " : "FAIL"} ${r.label}: ${r.passed} passed, ${r.failed} failed`)
}
const passed = results.reduce((n, r) => n + r.passed, 0)
const failed = results.reduce((n, r) => n + r.failed, 0)
console.log(`${passed} passed, ${failed} failed`)
if (exitCode || results.some((r) => !r.ok)) {
  process.exit(1)
}
