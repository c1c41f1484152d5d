import fs from "fs"
import path from "path"

/**
 * The platform is for reuse by public administrations: it must stay open source.
 * Medusa ships some packages under its proprietary Enterprise Edition licence;
 * this test fails if the configuration enables, or any of our files imports, one of them.
 */

const repoRoot = path.resolve(__dirname, "..", "..", "..")
const medusaScope = path.join(repoRoot, "node_modules", "@medusajs")
const SOURCE_DIRS = ["backend", "plugins", "storefront", "scripts", "e2e"]
const SOURCE_EXT = /\.(ts|tsx|js|jsx|mjs|cjs|json)$/
const SKIP_DIRS = new Set(["node_modules", ".medusa", ".next", ".data", "test-results", "static"])

/** Packages whose LICENSE declares them wholly Enterprise Edition. */
function enterprisePackages(): string[] {
  return fs.readdirSync(medusaScope).filter((name) => {
    const licence = path.join(medusaScope, name, "LICENSE")
    return fs.existsSync(licence) && /^Medusa Enterprise Edition License/.test(fs.readFileSync(licence, "utf-8"))
  }).map((name) => `@medusajs/${name}`)
}

/** `@medusajs/medusa/<x>` re-exports: the ones that load an Enterprise package are forbidden too. */
function enterpriseAliases(packages: string[]): string[] {
  const modulesDir = path.join(medusaScope, "medusa", "dist", "modules")
  return fs
    .readdirSync(modulesDir)
    .filter((file) => file.endsWith(".js"))
    .filter((file) => {
      const source = fs.readFileSync(path.join(modulesDir, file), "utf-8")
      return packages.some((pkg) => source.includes(`require("${pkg}")`))
    })
    .map((file) => `@medusajs/medusa/${file.replace(/\.js$/, "")}`)
}

function sourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) {
    return []
  }
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) {
      return SKIP_DIRS.has(entry.name) ? [] : sourceFiles(full)
    }
    return SOURCE_EXT.test(entry.name) && !entry.name.endsWith("package-lock.json") ? [full] : []
  })
}

/** Every quoted occurrence of a forbidden specifier, as an import, require, resolve or dependency. */
export function findForbidden(text: string, forbidden: string[]): string[] {
  return forbidden.filter((specifier) => {
    const escaped = specifier.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")
    return new RegExp(`["'\`]${escaped}(/[^"'\`]*)?["'\`]`).test(text)
  })
}

describe("open-source licence", () => {
  const packages = enterprisePackages()
  const forbidden = [...packages, ...enterpriseAliases(packages)]

  it("knows which Medusa packages are Enterprise Edition", () => {
    // If detection broke, every other check here would pass vacuously.
    expect(packages).toEqual(expect.arrayContaining(["@medusajs/rbac", "@medusajs/auth-oidc"]))
    expect(forbidden).toEqual(expect.arrayContaining(["@medusajs/medusa/rbac", "@medusajs/medusa/auth-oidc"]))
  })

  it("detects an Enterprise import when there is one", () => {
    expect(findForbidden(`import x from "@medusajs/rbac"`, forbidden)).toEqual(["@medusajs/rbac"])
    expect(findForbidden(`resolve: '@medusajs/medusa/auth-oidc'`, forbidden)).toEqual(["@medusajs/medusa/auth-oidc"])
    expect(findForbidden(`import { Modules } from "@medusajs/framework/utils"`, forbidden)).toEqual([])
  })

  it("no file of ours imports, resolves or depends on an Enterprise package", () => {
    const offenders = SOURCE_DIRS.flatMap((dir) => sourceFiles(path.join(repoRoot, dir)))
      .filter((file) => !file.endsWith(path.join("tests", "unit", "licence.spec.ts")))
      .map((file) => ({ file: path.relative(repoRoot, file), found: findForbidden(fs.readFileSync(file, "utf-8"), forbidden) }))
      .filter(({ found }) => found.length)
    expect(offenders).toEqual([])
  })

  it("the configuration enables no Enterprise feature or module", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const config = require(path.join(repoRoot, "backend", "medusa-config.ts"))
    expect(config.featureFlags?.rbac).toBeFalsy()
    expect(findForbidden(JSON.stringify(config.plugins ?? []), forbidden)).toEqual([])
    // defineConfig lists Medusa's RBAC module itself, switched off unless the flag is on: it must stay off.
    const enabledEnterpriseModules = Object.entries(config.modules ?? {})
      .filter(([, definition]) => findForbidden(JSON.stringify(definition), forbidden).length)
      .filter(([, definition]) => !(definition as { disable?: boolean }).disable)
      .map(([key]) => key)
    expect(enabledEnterpriseModules).toEqual([])
  })
})
