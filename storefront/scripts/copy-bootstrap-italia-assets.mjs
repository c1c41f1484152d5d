// Copies the Bootstrap Italia fonts (woff2) and the icon sprite from node_modules
// into public/, so the storefront never loads them from a CDN.
import { cpSync, mkdirSync, readdirSync, rmSync } from "node:fs"
import { createRequire } from "node:module"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

const require = createRequire(import.meta.url)
const source = join(dirname(require.resolve("bootstrap-italia/package.json")), "dist")
const target = join(dirname(fileURLToPath(import.meta.url)), "..", "public", "bootstrap-italia")

rmSync(target, { recursive: true, force: true })
mkdirSync(join(target, "svg"), { recursive: true })
cpSync(join(source, "svg", "sprites.svg"), join(target, "svg", "sprites.svg"))

let copied = 0
for (const family of readdirSync(join(source, "fonts"))) {
  const files = readdirSync(join(source, "fonts", family)).filter((file) => file.endsWith(".woff2"))
  mkdirSync(join(target, "fonts", family), { recursive: true })
  for (const file of files) {
    cpSync(join(source, "fonts", family, file), join(target, "fonts", family, file))
    copied += 1
  }
}
console.log(`bootstrap-italia assets: sprite + ${copied} font files copied to public/bootstrap-italia`)
