import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..")
export const backendDir = path.join(repoRoot, "backend")
export const storefrontDir = path.join(repoRoot, "storefront")
export const pluginsDir = path.join(repoRoot, "plugins")
export const packagesDir = path.join(repoRoot, "packages")
export const dataDir = path.join(repoRoot, ".data")

/** The workspace packages that are plain Node (no Medusa): packages/*. */
export function packageDirs() {
  if (!fs.existsSync(packagesDir)) {
    return []
  }
  return fs
    .readdirSync(packagesDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(packagesDir, e.name, "package.json")))
    .map((e) => path.join(packagesDir, e.name))
}
