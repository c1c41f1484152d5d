import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..")
export const backendDir = path.join(repoRoot, "backend")
export const storefrontDir = path.join(repoRoot, "storefront")
export const pluginsDir = path.join(repoRoot, "plugins")
export const packagesDir = path.join(repoRoot, "packages")
export const dataDir = path.join(repoRoot, ".data")

/** The workspaces directly under `parent` (those with a package.json). */
function workspacesIn(parent) {
  if (!fs.existsSync(parent)) {
    return []
  }
  return fs
    .readdirSync(parent, { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(parent, e.name, "package.json")))
    .map((e) => path.join(parent, e.name))
}

/** The Medusa plugins: plugins/*. */
export const pluginDirs = () => workspacesIn(pluginsDir)

/** The plain Node packages (no Medusa): packages/*. */
export const packageDirs = () => workspacesIn(packagesDir)
