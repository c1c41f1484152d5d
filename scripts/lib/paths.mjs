import path from "node:path"
import { fileURLToPath } from "node:url"

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..")
export const backendDir = path.join(repoRoot, "backend")
export const storefrontDir = path.join(repoRoot, "storefront")
export const pluginsDir = path.join(repoRoot, "plugins")
