"use strict"
const assert = require("node:assert/strict")
const { test } = require("node:test")
const { requireProductionSecrets, secretProblems, weakness } = require("..")

const NAMES = ["JWT_SECRET", "COOKIE_SECRET", "REVALIDATE_SECRET"]
const strong = (seed) => `${seed}-9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a`

const goodEnv = {
  NODE_ENV: "production",
  JWT_SECRET: strong("jwt"),
  COOKIE_SECRET: strong("cookie"),
  REVALIDATE_SECRET: strong("revalidate"),
}

test("strong secrets in production pass", () => {
  assert.doesNotThrow(() => requireProductionSecrets(NAMES, goodEnv))
})

test("a missing secret is refused and named", () => {
  const env = { ...goodEnv, COOKIE_SECRET: undefined }
  assert.throws(() => requireProductionSecrets(NAMES, env), /COOKIE_SECRET is not set/)
})

test("an empty or blank secret counts as missing", () => {
  assert.equal(weakness(""), "is not set")
  assert.equal(weakness("   "), "is not set")
})

test("a secret shorter than 32 characters is refused and named", () => {
  const env = { ...goodEnv, JWT_SECRET: "a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p" } // 31 characters
  assert.throws(() => requireProductionSecrets(NAMES, env), /JWT_SECRET is shorter than 32 characters/)
})

test("exactly 32 varied characters are enough", () => {
  assert.equal(weakness("a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6"), null)
})

test("Medusa's template default is refused even in another case", () => {
  const env = { ...goodEnv, JWT_SECRET: "supersecret", COOKIE_SECRET: "SuperSecret" }
  const problems = secretProblems(NAMES, env)
  assert.deepEqual(problems.map((p) => p.split(" ")[0]), ["JWT_SECRET", "COOKIE_SECRET"])
  assert.match(problems[0], /well-known default/)
})

test("a long run of one character is refused", () => {
  assert.equal(weakness("x".repeat(64)), "repeats too few characters")
})

test("every weak variable is named in one message", () => {
  const env = { NODE_ENV: "production" }
  assert.throws(
    () => requireProductionSecrets(NAMES, env),
    (error) => NAMES.every((name) => error.message.includes(name)) && error.name === "WeakSecretError"
  )
})

test("outside production nothing is required", () => {
  assert.doesNotThrow(() => requireProductionSecrets(NAMES, { NODE_ENV: "development" }))
  assert.doesNotThrow(() => requireProductionSecrets(NAMES, { NODE_ENV: "test" }))
  assert.doesNotThrow(() => requireProductionSecrets(NAMES, {}))
})
