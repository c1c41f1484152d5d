import path from "path"

const CONFIG = path.join(__dirname, "..", "..", "medusa-config")
const strong = (name: string) => `${name}-4f9c2a7e1b8d6035c9e2f4a1b7d3e8c6a0f5b2d9`

/** Loads medusa-config.ts afresh with these variables, as `medusa start` would. */
function loadConfig(env: Record<string, string | undefined>) {
  const saved = { ...process.env }
  Object.assign(process.env, env)
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[key]
  }
  try {
    jest.isolateModules(() => require(CONFIG))
  } finally {
    process.env = saved
  }
}

describe("medusa-config.ts in production", () => {
  const good = {
    NODE_ENV: "production",
    JWT_SECRET: strong("jwt"),
    COOKIE_SECRET: strong("cookie"),
    REVALIDATE_SECRET: strong("revalidate"),
  }

  it("loads with strong secrets", () => {
    expect(() => loadConfig(good)).not.toThrow()
  })

  it("refuses Medusa's template JWT secret and names the variable", () => {
    expect(() => loadConfig({ ...good, JWT_SECRET: "supersecret" })).toThrow(/JWT_SECRET is a well-known default/)
  })

  it("refuses a missing cookie secret and names the variable", () => {
    expect(() => loadConfig({ ...good, COOKIE_SECRET: undefined })).toThrow(/COOKIE_SECRET is not set/)
  })

  it("refuses a short revalidation secret and names the variable", () => {
    expect(() => loadConfig({ ...good, REVALIDATE_SECRET: "0123456789abcdef" })).toThrow(
      /REVALIDATE_SECRET is shorter than 32 characters/
    )
  })

  it("asks nothing outside production (development, tests)", () => {
    expect(() => loadConfig({ NODE_ENV: "development", JWT_SECRET: undefined, COOKIE_SECRET: undefined })).not.toThrow()
  })
})
