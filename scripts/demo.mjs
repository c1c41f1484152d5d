#!/usr/bin/env node
// npm run demo: the whole platform with the seeded Ambito di Tradate, on one machine.
import fs from "node:fs"
import path from "node:path"
import { createDatabaseIfMissing, resolveServer } from "./lib/database.mjs"
import { backendDir, dataDir } from "./lib/paths.mjs"
import { startStack } from "./lib/stack.mjs"

const DATABASE_NAME = process.env.DEMO_DATABASE_NAME || "tradatewelfare"
const BACKEND_PORT = Number(process.env.BACKEND_PORT || 9000)
const STOREFRONT_PORT = Number(process.env.STOREFRONT_PORT || 8000)
const MAILBOX_SMTP_PORT = Number(process.env.MAILBOX_SMTP_PORT || 1025)
const MAILBOX_WEB_PORT = Number(process.env.MAILBOX_WEB_PORT || 1080)

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

  // Server output goes to files: the terminal keeps the steps, the URLs and the accounts.
  const logDir = path.join(dataDir, "logs")
  fs.mkdirSync(logDir, { recursive: true })
  const stack = await startStack({
    databaseUrl,
    redisUrl: process.env.REDIS_URL,
    backendPort: BACKEND_PORT,
    storefrontPort: STOREFRONT_PORT,
    secretsFile: path.join(dataDir, "demo-secrets.json"),
    logFile: fs.createWriteStream(path.join(logDir, "servers.log"), { flags: "a" }),
    // With SMTP_URL set the e-mails go to that server; otherwise to a local mailbox to read them in.
    mailbox: process.env.SMTP_URL ? undefined : { smtpPort: MAILBOX_SMTP_PORT, webPort: MAILBOX_WEB_PORT },
  })
  running.push(...Object.values(stack.servers).filter(Boolean))

  const readSeed = (file) =>
    JSON.parse(fs.readFileSync(path.join(backendDir, "src", "seed-data", file), "utf-8"))
  const accounts = readSeed("accounts.json")
  const comuneName = new Map(readSeed("comuni.json").map((c) => [c.istat_code, c.name]))
  console.log(`
TradateWelfare is running.
  Storefront        ${stack.storefrontUrl}
  Admin dashboard   ${stack.backendUrl}/app
  Store/Admin API   ${stack.backendUrl}
  Mailbox           ${stack.mailboxUrl ?? `e-mails go to ${new URL(process.env.SMTP_URL).host} (SMTP_URL)`}${stack.mailboxUrl ? "   (every e-mail the platform sends: order confirmations, password resets…)" : ""}

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
