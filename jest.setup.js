const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

// Each test file loads the models afresh; stale metadata from a previous file breaks MikroORM.
MetadataStorage.clear()

// Medusa's module test runner names its database after the jest worker id ("…-integration-1"),
// so two runs on one PostgreSQL would share and drop each other's database. npm test gives
// every run a numeric id; the runner reads it in place of the worker id.
if (/^\d+$/.test(process.env.TEST_RUN_ID || "")) {
  process.env.JEST_WORKER_ID = process.env.TEST_RUN_ID
}

// With REDIS_URL (npm test's redis stage) the login and registration limits count in Redis,
// which outlives each suite's app: every test file counts under its own prefix.
process.env.RATE_LIMIT_REDIS_PREFIX = `tw:rate-limit:test-${process.pid}-${Math.random().toString(36).slice(2)}:`

// Likewise the catalogue cache (Medusa's caching module, in Redis when REDIS_URL is set): each
// test file's app reads and invalidates only its own entries.
process.env.CATALOGUE_CACHE_PREFIX = `tw:cache:test-${process.pid}-${Math.random().toString(36).slice(2)}:`
