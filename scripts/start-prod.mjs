#!/usr/bin/env node
// npm run start:prod: the production shape on one machine. Builds what changed, migrates, and
// starts from the production builds an API server (MEDUSA_WORKER_MODE=server), a worker
// (worker: subscribers and scheduled jobs) and the storefront, on PostgreSQL and Redis.
//   npm run start:prod              the database as it is (MEDUSA_PUBLISHABLE_KEY, or a key the seed wrote)
//   npm run start:prod -- --seed    seed the Ambito di Tradate first (only what is missing)
import fs from "node:fs"
import { createRequire } from "node:module"
import path from "node:path"
import { dataDir } from "./lib/paths.mjs"
import { startStack } from "./lib/stack.mjs"

const require = createRequire(import.meta.url)
const { secretProblems } = require("@tradatewelfare/secrets")

const missing = ["DATABASE_URL", "REDIS_URL"].filter((name) => !process.env[name])
const weak = secretProblems(["JWT_SECRET", "COOKIE_SECRET", "REVALIDATE_SECRET"])
if (missing.length || weak.length) {
  console.error(`npm run start:prod needs the production services and secrets:
${missing.map((name) => `  ${name} is not set (${name === "DATABASE_URL" ? "postgres://user:password@host:5432/database" : "redis://host:6379"})`).join("\n")}
${weak.map((p) => `  ${p}`).join("\n")}
For the embedded demo without PostgreSQL or Redis, run: npm run demo`.replace(/\n+/g, "\n"))
  process.exit(1)
}

const args = process.argv.slice(2)
const unknown = args.filter((a) => a !== "--seed")
if (unknown.length) {
  console.error(`unknown argument ${unknown.join(" ")}: the only option is --seed`)
  process.exit(1)
}

const logDir = path.join(dataDir, "logs")
fs.mkdirSync(logDir, { recursive: true })
let stack
let stopping = false
async function stop(code) {
  if (stopping) {
    return
  }
  stopping = true
  console.log("\n• stopping…")
  await stack?.stop()
  process.exit(code)
}
process.on("SIGINT", () => stop(0))
process.on("SIGTERM", () => stop(0))

try {
  const backendPort = Number(process.env.BACKEND_PORT || 9000)
  stack = await startStack({
    databaseUrl: process.env.DATABASE_URL,
    redisUrl: process.env.REDIS_URL,
    workerMode: "split",
    backendPort,
    workerPort: Number(process.env.WORKER_PORT || backendPort + 1),
    storefrontPort: Number(process.env.STOREFRONT_PORT || 8000),
    seedData: args.includes("--seed"),
    logFile: fs.createWriteStream(path.join(logDir, "prod.log"), { flags: "a" }),
  })
  const { backend, worker, storefront } = stack.servers
  console.log(`
TradateWelfare (production shape) is running.
  Storefront            ${stack.storefrontUrl}        pid ${storefront.pid}
  API server + admin    ${stack.backendUrl}        pid ${backend.pid}  (MEDUSA_WORKER_MODE=server)
  Worker                health on port ${process.env.WORKER_PORT || backendPort + 1}   pid ${worker.pid}  (MEDUSA_WORKER_MODE=worker)
Logs: .data/logs/prod.log. Ctrl-C stops all three.`)
  for (const child of [backend, worker, storefront]) {
    child.on("exit", (code) => {
      if (!stopping) {
        console.error(`A server exited unexpectedly (code ${code}): see .data/logs/prod.log`)
        stop(1)
      }
    })
  }
} catch (error) {
  console.error(error.message)
  await stop(1)
}
