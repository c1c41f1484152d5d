// Copies the Bootstrap Italia fonts (woff2) and the icon sprite from node_modules
// into public/, so the storefront never loads them from a CDN.
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

const require = createRequire(import.meta.url)
const source = join(dirname(require.resolve("bootstrap-italia/package.json")), "dist")
const storefront = join(dirname(fileURLToPath(import.meta.url)), "..")
const target = join(storefront, "public", "bootstrap-italia")

rmSync(target, { recursive: true, force: true })
mkdirSync(join(target, "svg"), { recursive: true })

/** Every file under dir (recursively). */
const filesIn = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesIn(join(dir, e.name)) : [join(dir, e.name)]))

// The sprite has some 300 icons (90 kB, on every page); keep those whose name the storefront's
// code spells out (<Icon name="it-cart" />), so a phone downloads only those.
const code = filesIn(join(storefront, "src")).map((file) => readFileSync(file, "utf-8")).join("\n")
const sprite = readFileSync(join(source, "svg", "sprites.svg"), "utf-8")
const symbols = [...sprite.matchAll(/<symbol id="([^"]+)"[\s\S]*?<\/symbol>/g)].filter(([, id]) => code.includes(`"${id}"`))
writeFileSync(join(target, "svg", "sprites.svg"), `<svg xmlns="http://www.w3.org/2000/svg">${symbols.map(([symbol]) => symbol).join("")}</svg>`)

let copied = 0
for (const family of readdirSync(join(source, "fonts"))) {
  const files = readdirSync(join(source, "fonts", family)).filter((file) => file.endsWith(".woff2"))
  mkdirSync(join(target, "fonts", family), { recursive: true })
  for (const file of files) {
    cpSync(join(source, "fonts", family, file), join(target, "fonts", family, file))
    copied += 1
  }
}
console.log(`bootstrap-italia assets: sprite (${symbols.length} icons) + ${copied} font files copied to public/bootstrap-italia`)
