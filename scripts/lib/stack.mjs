// Builds, migrates, seeds and starts the pieces of the platform: shared by demo, test and bench.
import fs from "node:fs"
import path from "node:path"
import { backendDir, pluginsDir, repoRoot, storefrontDir } from "./paths.mjs"
import { run, startServer, waitForHttp } from "./processes.mjs"

export const PUBLISHABLE_KEY_TITLE = "TradateWelfare Storefront"
const SKIP = new Set(["node_modules", ".medusa", ".next", ".data", "test-results", ".cache"])

/** Settings every Medusa command gets: no telemetry, since nothing may call outside services. */
export const baseEnv = {
  MEDUSA_DISABLE_TELEMETRY: "true",
  NEXT_TELEMETRY_DISABLED: "1",
}

function newestMtime(dir) {
  let newest = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) {
      continue
    }
    const full = path.join(dir, entry.name)
    const mtime = entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs
    newest = Math.max(newest, mtime)
  }
  return newest
}

/** True when the build output is missing or older than any source file it comes from. */
function isStale(marker, sourceDirs) {
  if (!fs.existsSync(marker)) {
    return true
  }
  const built = fs.statSync(marker).mtimeMs
  return sourceDirs.some((dir) => newestMtime(dir) > built)
}

/** The plugin folders, each after the plugins it depends on (a plugin compiles against their builds). */
export function pluginDirs() {
  const dirs = fs
    .readdirSync(pluginsDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(pluginsDir, e.name, "package.json")))
    .map((e) => path.join(pluginsDir, e.name))
  const manifest = (dir) => JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf-8"))
  const byName = new Map(dirs.map((dir) => [manifest(dir).name, dir]))
  const ordered = []
  const visit = (dir, seen = new Set()) => {
    if (ordered.includes(dir) || seen.has(dir)) {
      return
    }
    seen.add(dir)
    const m = manifest(dir)
    const deps = Object.keys({ ...m.dependencies, ...m.devDependencies, ...m.peerDependencies })
    deps.filter((name) => byName.has(name)).forEach((name) => visit(byName.get(name), seen))
    ordered.push(dir)
  }
  dirs.forEach((dir) => visit(dir))
  return ordered
}

export async function buildPlugins({ force = false } = {}) {
  for (const dir of pluginDirs()) {
    const marker = path.join(dir, ".medusa", "server", "package.json")
    if (force || isStale(marker, [dir])) {
      console.log(`• building plugin ${path.basename(dir)}`)
      await run("npx", ["medusa", "plugin:build"], { cwd: dir, env: baseEnv, quiet: true })
    }
  }
}

export async function migrate(databaseUrl) {
  console.log("• migrating the database")
  await run("npx", ["medusa", "db:migrate"], {
    cwd: backendDir,
    env: { ...baseEnv, DATABASE_URL: databaseUrl },
    quiet: true,
  })
}

export async function seed(databaseUrl) {
  console.log("• seeding the Ambito di Tradate (only what is missing)")
  await run("npx", ["medusa", "exec", "./src/scripts/seed.ts"], {
    cwd: backendDir,
    env: { ...baseEnv, DATABASE_URL: databaseUrl },
    quiet: true,
  })
}

const backendBuildDir = path.join(backendDir, ".medusa", "server")

export async function buildBackend({ force = false } = {}) {
  const marker = path.join(backendBuildDir, "package.json")
  if (force || isStale(marker, [backendDir, ...pluginDirs()])) {
    console.log("• building the backend and the admin dashboard")
    await run("npx", ["medusa", "build"], { cwd: backendDir, env: baseEnv, quiet: true })
  }
  // Product images and uploads are served from backend/static under /static.
  const link = path.join(backendBuildDir, "static")
  if (!fs.existsSync(link)) {
    fs.symlinkSync(path.join(backendDir, "static"), link)
  }
}

export async function startBackend({ databaseUrl, port = 9000, env = {}, logFile }) {
  const backendUrl = `http://localhost:${port}`
  const server = startServer("backend", "npx", ["medusa", "start"], {
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
  return { server, url: backendUrl }
}

export async function buildStorefront({ force = false } = {}) {
  const marker = path.join(storefrontDir, ".next", "BUILD_ID")
  if (force || isStale(marker, [storefrontDir])) {
    console.log("• building the storefront")
    await run("npm", ["run", "build"], { cwd: storefrontDir, env: baseEnv, quiet: true })
  }
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
  return { server, url }
}

export { repoRoot }
