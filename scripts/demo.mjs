#!/usr/bin/env node
// npm run demo: the whole platform with the seeded Ambito di Tradate, on one machine.
import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { createDatabaseIfMissing, readPublishableKey, resolveServer } from "./lib/database.mjs"
import { backendDir, repoRoot } from "./lib/paths.mjs"
import {
  buildBackend,
  buildPlugins,
  buildStorefront,
  migrate,
  PUBLISHABLE_KEY_TITLE,
  seed,
  startBackend,
  startStorefront,
  writeStorefrontEnv,
} from "./lib/stack.mjs"

const DATABASE_NAME = process.env.DEMO_DATABASE_NAME || "tradatewelfare"
const BACKEND_PORT = Number(process.env.BACKEND_PORT || 9000)
const STOREFRONT_PORT = Number(process.env.STOREFRONT_PORT || 8000)

const running = []
let database
let stopping = false

async function stopAll(code = 0) {
  if (stopping) {
    return
  }
  stopping = true
  console.log("\n• stopping…")
  for (const child of running.reverse()) {
    await child.stopServer()
  }
  if (database) {
    await database.stop()
    console.log("• database stopped")
  }
  process.exit(code)
}
process.on("SIGINT", () => stopAll(0))
process.on("SIGTERM", () => stopAll(0))

async function main() {
  database = await resolveServer()
  console.log(
    process.env.DATABASE_URL
      ? "• using the PostgreSQL server in DATABASE_URL"
      : `• embedded PostgreSQL started on port ${database.port} (data in .data/postgres)`
  )
  await createDatabaseIfMissing(database, DATABASE_NAME)
  const databaseUrl = database.url(DATABASE_NAME)

  await buildPlugins()
  await migrate(databaseUrl)
  await seed(databaseUrl)
  await buildBackend()

  // Server output goes to files: the terminal keeps the steps, the URLs and the accounts.
  const logDir = path.join(repoRoot, ".data", "logs")
  fs.mkdirSync(logDir, { recursive: true })
  const logFile = fs.createWriteStream(path.join(logDir, "servers.log"), { flags: "a" })

  const storefrontUrl = `http://localhost:${STOREFRONT_PORT}`
  const revalidateSecret = process.env.REVALIDATE_SECRET || crypto.randomBytes(24).toString("hex")
  const backend = await startBackend({
    databaseUrl,
    port: BACKEND_PORT,
    logFile,
    env: { STOREFRONT_URL: storefrontUrl, STORE_CORS: storefrontUrl, REVALIDATE_SECRET: revalidateSecret },
  })
  running.push(backend.server)

  writeStorefrontEnv({
    MEDUSA_BACKEND_URL: backend.url,
    MEDUSA_PUBLISHABLE_KEY: await readPublishableKey(databaseUrl, PUBLISHABLE_KEY_TITLE),
    REVALIDATE_SECRET: revalidateSecret,
  })
  await buildStorefront()
  const storefront = await startStorefront({ port: STOREFRONT_PORT, logFile })
  running.push(storefront.server)

  const readSeed = (file) =>
    JSON.parse(fs.readFileSync(path.join(backendDir, "src", "seed-data", file), "utf-8"))
  const accounts = readSeed("accounts.json")
  const comuneName = new Map(readSeed("comuni.json").map((c) => [c.istat_code, c.name]))
  console.log(`
TradateWelfare is running.
  Storefront        ${storefront.url}
  Admin dashboard   ${backend.url}/app
  Store/Admin API   ${backend.url}

Demo accounts
  Platform admin            ${accounts.platform_admin.email} / ${accounts.platform_admin.password}
  Ufficio di Piano          ${accounts.admin.email} / ${accounts.admin.password}
  Cooperatives (owner and staff of each; all with password ${accounts.cooperative_members[0].password})
${accounts.cooperative_members
  .map((m) => `    ${m.role === "cooperative_owner" ? "titolare " : "operatore"}  ${m.email}`)
  .join("\n")}
${accounts.citizens
  .map((c) => `  Cittadino, ${c.first_name} ${c.last_name} (${comuneName.get(c.comune)})  ${c.email} / ${c.password}`)
  .join("\n")}

Server logs: .data/logs/servers.log
Press Ctrl-C to stop everything.`)

  for (const child of running) {
    child.on("exit", (code) => {
      if (!stopping) {
        console.error(`A server exited unexpectedly (code ${code}): see .data/logs/servers.log. Stopping the demo.`)
        stopAll(1)
      }
    })
  }
}

main().catch(async (error) => {
  console.error(error)
  await stopAll(1)
})
