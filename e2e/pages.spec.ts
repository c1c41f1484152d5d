import { expect, test, type Page } from "@playwright/test"
import { expectNoSeriousA11yViolations } from "./support/a11y"
import { addToCart, logIn, maria } from "./support/citizen"
import { expectNoSidewaysScroll, PHONE_WIDTHS } from "./support/layout"
import { StoreApi } from "./support/store-api"

test.use({ baseURL: process.env.STOREFRONT_URL ?? "http://localhost:8000" })

const DESKTOP = { width: 1280, height: 900 }
const PHONE = { width: 390, height: 844 }

/** Every page a visitor reaches without logging in (the 404 included), in Italian; English adds /en. */
const PUBLIC_PAGES = [
  "/",
  "/aree/childcare",
  "/aree/childcare/childcare-babysitting",
  "/servizi/consulenza-pedagogica",
  "/cerca?q=babysitting",
  "/carrello",
  "/checkout",
  "/account/accedi",
  "/account/registrati",
  "/account/password-dimenticata",
  "/account/reimposta-password?token=demo.token.value&email=maria.rossi%40example.org",
  "/privacy",
  "/cookie",
  "/accessibilita",
  "/contatti",
  "/pagina-che-non-esiste",
]

/** The pages of a logged-in citizen (an order of hers is added by the test). */
const CITIZEN_PAGES = ["/account", "/account/ordini", "/account/portafoglio", "/carrello", "/checkout", "/checkout?step=pagamento"]

const localized = (path: string, locale: "it" | "en") => (locale === "it" ? path : `/en${path === "/" ? "" : path}`)

async function visitAll(page: Page, paths: string[], who: string) {
  for (const locale of ["it", "en"] as const) {
    for (const [name, size] of [["desktop", DESKTOP], ["phone", PHONE]] as const) {
      await page.setViewportSize(size)
      for (const path of paths) {
        const url = localized(path, locale)
        await page.goto(url)
        await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible()
        await expectNoSidewaysScroll(page, `${who} ${url} at ${name}`)
        await expectNoSeriousA11yViolations(page, `${who} ${url} at ${name}`)
      }
    }
  }
}

test("every public page passes axe in both languages, on a desktop and on a phone, and never scrolls sideways", async ({ page }) => {
  test.setTimeout(600_000)
  await visitAll(page, PUBLIC_PAGES, "visitor")
})

test("a logged-in citizen's pages pass axe in both languages, on a desktop and on a phone", async ({ page }) => {
  test.setTimeout(600_000)
  const store = StoreApi.fromEnv()
  await store.login(maria.email, maria.password)
  const { order } = await store.placeOrder("consulenza-pedagogica")
  await logIn(page)
  await addToCart(page, "nordic-walking-parco-pineta")
  await visitAll(page, [...CITIZEN_PAGES, `/account/ordini/${order.id}`], "citizen")
})

test("no page scrolls sideways at 320, 360, 390 and 414 px", async ({ page }) => {
  test.setTimeout(600_000)
  await logIn(page)
  await addToCart(page, "consulenza-pedagogica")
  for (const width of PHONE_WIDTHS) {
    await page.setViewportSize({ width, height: 800 })
    for (const path of [...PUBLIC_PAGES, ...CITIZEN_PAGES]) {
      await page.goto(path)
      await expectNoSidewaysScroll(page, `${path} at ${width}px`)
    }
  }
})

test("only the platform's own technical cookies are set, none by a third party", async ({ page, context }) => {
  const storefront = new URL(process.env.STOREFRONT_URL ?? "http://localhost:8000")
  await logIn(page)
  await addToCart(page, "consulenza-pedagogica")
  for (const path of ["/", "/cookie", "/carrello", "/checkout", "/account/portafoglio"]) await page.goto(path)
  const cookies = await context.cookies()
  expect(cookies.length).toBeGreaterThan(0)
  for (const cookie of cookies) {
    expect(cookie.domain.replace(/^\./, ""), `cookie ${cookie.name}`).toBe(storefront.hostname)
    expect(cookie.name, "the storefront's own cookies only").toMatch(/^_tw_|^NEXT_LOCALE$/)
    expect(cookie.httpOnly || cookie.name === "NEXT_LOCALE", `${cookie.name} is not readable by scripts`).toBe(true)
  }
  // The cookie policy names what is set.
  await page.goto("/cookie")
  await expect(page.getByRole("main")).toContainText("_tw_cart_id")
  await expect(page.getByRole("main")).toContainText("_tw_jwt")
})

test("the footer links the accessibility statement, privacy, cookie policy and contacts", async ({ page }) => {
  await page.goto("/")
  const footer = page.getByRole("contentinfo")
  for (const [name, url] of [
    ["Dichiarazione di accessibilità", /\/accessibilita$/],
    ["Informativa sulla privacy", /\/privacy$/],
    ["Cookie policy", /\/cookie$/],
    ["Contatti", /\/contatti$/],
  ] as const) {
    await footer.getByRole("link", { name }).click()
    await expect(page).toHaveURL(url)
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible()
    await page.goBack()
  }
})
