// Builds, migrates, seeds and starts the pieces of the platform: the one start-up of demo,
// test (e2e), bench and start:prod.
import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { backendDir, dataDir, repoRoot, storefrontDir } from "./paths.mjs"
import { assertPortsFree, assertServedBy, run, startServer, waitForHttp } from "./processes.mjs"

/** Settings every Medusa command gets: no telemetry, since nothing may call outside services. */
export const baseEnv = {
  MEDUSA_DISABLE_TELEMETRY: "true",
  NEXT_TELEMETRY_DISABLED: "1",
  TURBO_TELEMETRY_DISABLED: "1",
  TURBO_NO_UPDATE_NOTIFIER: "1",
}

/**
 * Builds workspaces through turbo: it hashes each workspace's files, the lock file, the root
 * tsconfig.json and the declared variables, rebuilds only what changed and restores the rest
 * from its local cache (.turbo/). `force` rebuilds anyway.
 */
async function turboBuild(filters, { force = false, only = false, env = {} } = {}) {
  const args = ["turbo", "run", "build", ...filters.map((f) => `--filter=${f}`), "--output-logs=errors-only"]
  if (force) {
    args.push("--force")
  }
  if (only) {
    args.push("--only")
  }
  const output = await run("npx", args, { cwd: repoRoot, env: { ...baseEnv, ...env }, quiet: true })
  const cached = /Cached:\s+(\d+) cached, (\d+) total/.exec(output)
  return cached ? { cached: Number(cached[1]), total: Number(cached[2]) } : null
}

export async function buildPlugins({ force = false } = {}) {
  const result = await turboBuild(["./plugins/*"], { force })
  console.log(`• plugins built${result ? ` (${result.cached} of ${result.total} from turbo's cache)` : ""}`)
}

export async function migrate(databaseUrl) {
  console.log("• migrating the database")
  await run("npx", ["medusa", "db:migrate"], {
    cwd: backendDir,
    env: { ...baseEnv, DATABASE_URL: databaseUrl },
    quiet: true,
  })
}

/** Where the seed writes the storefront's publishable key for the database it seeded (a URL or a name). */
export function publishableKeyFile(database) {
  const name = database.includes("://") ? new URL(database).pathname.replace(/^\//, "") : database
  return path.join(dataDir, "publishable-keys", `${name}.key`)
}

/** The storefront's publishable key, as the seed wrote it. */
export function readPublishableKey(database) {
  const file = publishableKeyFile(database)
  if (!fs.existsSync(file)) {
    throw new Error(`No publishable key in ${path.relative(repoRoot, file)}: run the seed first (npm run demo does)`)
  }
  return fs.readFileSync(file, "utf-8").trim()
}

export async function seed(databaseUrl, { backendUrl } = {}) {
  console.log("• seeding the Ambito di Tradate (only what is missing)")
  const keyFile = publishableKeyFile(databaseUrl)
  fs.mkdirSync(path.dirname(keyFile), { recursive: true })
  await run("npx", ["medusa", "exec", "./src/scripts/seed.ts"], {
    cwd: backendDir,
    env: {
      ...baseEnv,
      DATABASE_URL: databaseUrl,
      PUBLISHABLE_KEY_FILE: keyFile,
      ...(backendUrl && { MEDUSA_BACKEND_URL: backendUrl }),
    },
    quiet: true,
  })
}

const backendBuildDir = path.join(backendDir, ".medusa", "server")

export async function buildBackend({ force = false } = {}) {
  const result = await turboBuild(["@tradatewelfare/backend"], { force })
  console.log(`• backend and admin dashboard built${result ? ` (${result.cached} of ${result.total} from turbo's cache)` : ""}`)
  // Product images and uploads are served from backend/static under /static.
  const link = path.join(backendBuildDir, "static")
  if (!fs.existsSync(link)) {
    fs.symlinkSync(path.join(backendDir, "static"), link)
  }
}

export async function startBackend({ databaseUrl, port = 9000, env = {}, logFile, name = "backend" }) {
  const backendUrl = `http://localhost:${port}`
  const server = startServer(name, "npx", ["medusa", "start"], {
    cwd: backendBuildDir,
    env: {
      ...baseEnv,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      MEDUSA_BACKEND_URL: backendUrl,
      ...env,
    },
    logFile,
  })
  await waitForHttp(`${backendUrl}/health`, { child: server, timeoutMs: 180000 })
  assertServedBy(server, port)
  return { server, url: backendUrl }
}

/** The storefront's build depends on the backend's URL (its Content-Security-Policy names it). */
export async function buildStorefront({ force = false, backendUrl } = {}) {
  const env = backendUrl ? { MEDUSA_BACKEND_URL: backendUrl } : {}
  const result = await turboBuild(["@tradatewelfare/storefront"], { force, env })
  console.log(`• storefront built${result ? ` (${result.cached} of ${result.total} from turbo's cache)` : ""}`)
}

/**
 * Builds the backend (with its admin) and the storefront in one turbo run, so that a caller
 * can start them early, beside other work: startStack's own builds then come from the cache.
 * The plugins must be built already: `only` keeps turbo from restoring their output from its
 * cache while tests load it.
 */
export async function buildApps({ backendUrl }) {
  const result = await turboBuild(["@tradatewelfare/backend", "@tradatewelfare/storefront"], {
    only: true,
    env: { MEDUSA_BACKEND_URL: backendUrl },
  })
  console.log(`• backend, admin and storefront built${result ? ` (${result.cached} of ${result.total} from turbo's cache)` : ""}`)
}

/** Writes the storefront's runtime settings (read at start, no rebuild needed). */
export function writeStorefrontEnv(settings) {
  const lines = Object.entries(settings).map(([k, v]) => `${k}=${v}`)
  fs.writeFileSync(path.join(storefrontDir, ".env.local"), `${lines.join("\n")}\n`)
}

export async function startStorefront({ port = 8000, env = {}, logFile }) {
  const url = `http://localhost:${port}`
  const server = startServer("storefront", "npx", ["next", "start", "-p", String(port)], {
    cwd: storefrontDir,
    env: { ...baseEnv, NODE_ENV: "production", ...env },
    logFile,
  })
  // The home page answers once Next is up and the backend is reachable from it.
  await waitForHttp(url, { child: server, timeoutMs: 120000 })
  assertServedBy(server, port)
  return { server, url }
}

const SECRET_NAMES = ["JWT_SECRET", "COOKIE_SECRET", "REVALIDATE_SECRET"]

/**
 * The production build refuses weak secrets, so every stack gets strong ones: those in the
 * environment, else ones kept in `file` (so the demo's sessions survive a restart), else new ones.
 */
export function stackSecrets(file) {
  const kept = file && fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf-8")) : {}
  const secrets = Object.fromEntries(
    SECRET_NAMES.map((name) => [name, process.env[name] || kept[name] || crypto.randomBytes(32).toString("hex")])
  )
  if (file) {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, JSON.stringify({ ...kept, ...secrets }, null, 2), { mode: 0o600 })
  }
  return secrets
}

/**
 * Builds what changed, migrates, seeds, and starts the backend and the storefront from their
 * production builds: the one start-up of `npm run demo`, `npm test` (e2e), `npm run bench` and
 * `npm run start:prod`.
 *   workerMode "shared": one backend process does everything (demo, tests).
 *   workerMode "split":  an API server (MEDUSA_WORKER_MODE=server) and a worker (worker), as in production.
 */
export async function startStack({
  databaseUrl,
  redisUrl,
  backendPort = 9000,
  storefrontPort = 8000,
  workerPort = backendPort + 1,
  workerMode = "shared",
  seedData = true,
  secretsFile,
  logFile,
  /** Extra settings for the backend processes (the e2e stage's test payment provider). */
  backendEnv = {},
}) {
  const split = workerMode === "split"
  await assertPortsFree(split ? [backendPort, workerPort, storefrontPort] : [backendPort, storefrontPort])
  const backendUrl = `http://localhost:${backendPort}`
  const storefrontUrl = `http://localhost:${storefrontPort}`
  const running = []
  const stop = async () => {
    for (const child of running.reverse()) {
      await child.stopServer()
    }
    running.length = 0
  }
  try {
    await buildPlugins()
    await migrate(databaseUrl)
    if (seedData) {
      await seed(databaseUrl, { backendUrl })
    }
    await buildBackend()

    const secrets = stackSecrets(secretsFile)
    const env = {
      ...secrets,
      STOREFRONT_URL: storefrontUrl,
      STORE_CORS: storefrontUrl,
      ...(redisUrl && { REDIS_URL: redisUrl }),
      ...backendEnv,
    }
    const backend = await startBackend({
      databaseUrl,
      port: backendPort,
      logFile,
      name: split ? "server" : "backend",
      env: { ...env, MEDUSA_WORKER_MODE: split ? "server" : "shared" },
    })
    running.push(backend.server)
    const startWorker = async () => {
      const worker = await startBackend({
        databaseUrl,
        port: workerPort,
        logFile,
        name: "worker",
        env: { ...env, MEDUSA_WORKER_MODE: "worker" },
      })
      running.push(worker.server)
      return worker.server
    }
    const servers = { backend: backend.server, worker: split ? await startWorker() : undefined }

    const publishableKey = process.env.MEDUSA_PUBLISHABLE_KEY || readPublishableKey(databaseUrl)
    writeStorefrontEnv({
      MEDUSA_BACKEND_URL: backendUrl,
      MEDUSA_PUBLISHABLE_KEY: publishableKey,
      REVALIDATE_SECRET: secrets.REVALIDATE_SECRET,
    })
    await buildStorefront({ backendUrl })
    const storefront = await startStorefront({ port: storefrontPort, logFile })
    running.push(storefront.server)
    servers.storefront = storefront.server
    return {
      backendUrl,
      storefrontUrl,
      publishableKey,
      servers,
      stop,
      /** Split mode: kills the worker with SIGKILL (a crash, no clean-up) and starts a new one. */
      async crashAndRestartWorker({ down = () => {} } = {}) {
        const old = servers.worker
        process.kill(-old.pid, "SIGKILL")
        await new Promise((resolve) => (old.exitCode !== null || old.signalCode !== null ? resolve() : old.once("exit", resolve)))
        running.splice(running.indexOf(old), 1)
        await down()
        servers.worker = await startWorker()
        return servers.worker
      },
    }
  } catch (error) {
    await stop()
    throw error
  }
}

export { repoRoot }
