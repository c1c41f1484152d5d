"use strict"
// Shared by the backend (medusa-config.ts) and the storefront (next.config.ts): plain CommonJS,
// so both load it without a build step.

const MIN_LENGTH = 32

/** Values that ship in examples and templates (Medusa's, ours, the usual placeholders). */
const KNOWN_DEFAULTS = [
  "supersecret",
  "secret",
  "changeme",
  "change-me",
  "password",
  "something",
  "jwt_secret",
  "cookie_secret",
  "revalidate_secret",
  "e2e-revalidate-secret",
]

/** Why a value cannot be a production secret, or null when it can. */
function weakness(value) {
  if (value === undefined || value === null || value.trim() === "") {
    return "is not set"
  }
  const normalized = value.trim().toLowerCase()
  if (KNOWN_DEFAULTS.some((d) => normalized === d || normalized.replace(/[^a-z0-9]/g, "") === d.replace(/[^a-z0-9]/g, ""))) {
    return "is a well-known default"
  }
  if (value.length < MIN_LENGTH) {
    return `is shorter than ${MIN_LENGTH} characters`
  }
  if (new Set(value).size < 8) {
    return "repeats too few characters"
  }
  return null
}

/** Every problem with the named secrets in `env`, one message per variable. */
function secretProblems(names, env = process.env) {
  return names
    .map((name) => {
      const why = weakness(env[name])
      return why && `${name} ${why}: set it to a random value of at least ${MIN_LENGTH} characters (e.g. openssl rand -hex 32)`
    })
    .filter(Boolean)
}

/**
 * In production (NODE_ENV=production), throws naming every missing, short or well-known
 * secret among `names`; elsewhere (development, tests) does nothing.
 */
function requireProductionSecrets(names, env = process.env) {
  if (env.NODE_ENV !== "production") {
    return
  }
  const problems = secretProblems(names, env)
  if (problems.length) {
    const error = new Error(`Refusing to start in production:\n  ${problems.join("\n  ")}`)
    error.name = "WeakSecretError"
    throw error
  }
}

module.exports = { MIN_LENGTH, KNOWN_DEFAULTS, weakness, secretProblems, requireProductionSecrets }
