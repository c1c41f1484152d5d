import { expect, test, type Page } from "@playwright/test"
import accounts from "../backend/src/seed-data/accounts.json"
import services from "../backend/src/seed-data/services.json"
import { expectNoSeriousA11yViolations } from "./support/a11y"
import { StoreApi } from "./support/store-api"

test.use({ baseURL: process.env.STOREFRONT_URL ?? "http://localhost:8000" })

const backendUrl = process.env.BACKEND_URL || "http://localhost:9000"
const maria = accounts.citizens[0]

// Maria's voucher (Tradate) pays SilverCare and FamilyCare: the FamilyCare service costs less
// than her balance, so the voucher pays it whole; the YouCare one is left for the card.
const service = (handle: string) => {
  const found = services.find((s) => s.handle === handle)
  if (!found) throw new Error(`no seeded service ${handle}`)
  return found
}
const eligible = service("consulenza-pedagogica")
const notEligible = service("nordic-walking-parco-pineta")

/** "€ 40,00" as the Italian pages write it (a no-break space after the symbol). */
const euro = (amount: number) => new RegExp(`€\\s${amount.toFixed(2).replace(".", ",").replace(/\B(?=(\d{3})+(?!\d))/g, ".")}`)

/** "40,00 €" as the admin (Intl, it-IT) writes it. */
const adminEuro = (amount: number) => `${amount.toFixed(2).replace(".", ",")}\\s€`

async function logIn(page: Page) {
  await page.goto("/account/accedi")
  await page.getByLabel("E-mail", { exact: true }).fill(maria.email)
  await page.getByLabel("Password", { exact: true }).fill(maria.password)
  await page.getByRole("button", { name: "Accedi" }).click()
  await expect(page).not.toHaveURL(/\/accedi/)
}

async function addToCart(page: Page, handle: string) {
  await page.goto(`/servizi/${handle}`)
  await page.getByRole("button", { name: "Aggiungi al carrello" }).click()
  await expect(page.getByRole("status").filter({ hasText: "Servizio aggiunto al carrello" })).toBeVisible()
}

/**
 * Maria's only voucher, read through the store API at the start: other specs place orders for
 * her without vouchers, and earlier runs of this file on the same database move its balance.
 */
async function mariasVoucher() {
  const store = StoreApi.fromEnv()
  await store.login(maria.email, maria.password)
  const { vouchers } = await store.request<{ vouchers: { id: string; balance: number; scheme: { name: string } }[] }>(
    "GET",
    "/store/vouchers"
  )
  expect(vouchers).toHaveLength(1)
  return vouchers[0]
}

test("a citizen pays with her municipal voucher and the card, and the operator refunds the voucher line", async ({ page }) => {
  const voucher = await mariasVoucher()
  expect(voucher.balance).toBeGreaterThan(eligible.price_eur)

  await logIn(page)

  // Only a YouCare service: the voucher is refused, in Italian, as the backend words it.
  await addToCart(page, notEligible.handle)
  await page.goto("/checkout")
  await page.getByRole("button", { name: "Continua" }).click()
  const vouchers = page.getByRole("region", { name: "Voucher comunale" })
  await expect(vouchers).toBeVisible()
  await vouchers.getByRole("button", { name: /^Applica/ }).click()
  await expect(vouchers.getByRole("alert")).toHaveText("Nessun servizio del carrello può essere pagato con questo voucher.")

  // With a FamilyCare service too, the voucher pays that line and the card the rest.
  await addToCart(page, eligible.handle)
  await page.goto("/checkout?step=pagamento")
  await vouchers.getByRole("button", { name: /^Applica/ }).click()
  await expect(vouchers.getByRole("button", { name: /^Rimuovi/ })).toBeVisible()
  await expect(vouchers.getByText(`${eligible.title}: `)).toHaveText(new RegExp(`: ${euro(eligible.price_eur).source}$`))
  const split = vouchers.getByRole("status", { name: "Riepilogo del pagamento" })
  await expect(split).toContainText(euro(eligible.price_eur))
  await expect(split).toHaveText(
    new RegExp(`Pagato con voucher ${euro(eligible.price_eur).source} — Da pagare con carta ${euro(notEligible.price_eur).source}`)
  )
  await expectNoSeriousA11yViolations(page, "checkout payment with vouchers")

  await page.getByText(/Pagamento simulato \(demo\)/).click()
  await expect(page.getByRole("radio", { name: /Pagamento simulato \(demo\)/ })).toBeChecked()
  await page.getByRole("button", { name: "Conferma e paga" }).click()

  await expect(page).toHaveURL(/\/ordini\/[^/]+\/conferma$/)
  await expect(page.getByRole("heading", { level: 1, name: "Ordine confermato" })).toBeVisible()
  const orderId = /\/ordini\/([^/]+)\/conferma/.exec(page.url())?.[1]
  const paid = page.getByRole("region", { name: "Come hai pagato" })
  await expect(paid).toContainText(voucher.scheme.name)
  await expect(paid).toContainText(euro(eligible.price_eur))
  await expect(paid).toContainText(/Pagamento simulato \(demo\)/)
  await expect(paid).toContainText(euro(notEligible.price_eur))
  await expectNoSeriousA11yViolations(page, "order confirmation with vouchers")

  // The operator sees the split in the admin (in Italian, her admin language) and refunds the voucher-paid line.
  await page.addInitScript(() => window.localStorage.setItem("lng", "it"))
  await page.goto(`${backendUrl}/app/login`)
  await page.locator('input[name="email"]').fill(accounts.admin.email)
  await page.locator('input[name="password"]').fill(accounts.admin.password)
  await page.getByRole("button", { name: /continue|continua/i }).click()
  await expect(page).not.toHaveURL(/\/login/)
  await page.goto(`${backendUrl}/app/orders/${orderId}`)
  const widget = page
    .locator("div")
    .filter({ has: page.getByRole("heading", { name: "Pagamento con voucher" }) })
    .filter({ has: page.getByRole("button", { name: "Rimborsa" }) })
    .last()
  await expect(widget).toContainText(new RegExp(`Pagato con voucher\\s*${adminEuro(eligible.price_eur)}`))
  await expect(widget).toContainText(new RegExp(`Pagato con carta\\s*${adminEuro(notEligible.price_eur)}`))
  await widget.getByRole("combobox").click()
  await page.getByRole("option", { name: new RegExp(`^${eligible.title} — voucher ${adminEuro(eligible.price_eur)}`) }).click()
  await widget.getByLabel("Importo da rimborsare").fill(String(eligible.price_eur))
  await widget.getByLabel("Motivo del rimborso").fill("Servizio non erogato")
  await widget.getByRole("button", { name: "Rimborsa" }).click()
  // A refund is confirmed first.
  const confirm = page.getByRole("alertdialog")
  await expect(confirm).toContainText("Confermi il rimborso?")
  await confirm.getByRole("button", { name: "Rimborsa" }).click()
  await expect(page.getByText("Rimborso registrato")).toBeVisible()
  await expect(widget.getByRole("row").filter({ hasText: "Rimborso" })).toContainText(new RegExp(adminEuro(eligible.price_eur)))
  // The box follows the refund: the voucher no longer pays that line, and the refund names the operator and why.
  await expect(widget).toContainText(new RegExp(`Pagato con voucher\\s*${adminEuro(0)}`))
  await expect(widget.getByRole("row").filter({ hasText: "Rimborso" })).toContainText("Servizio non erogato")
  await expect(widget.getByRole("row").filter({ hasText: "Rimborso" })).toContainText(`${accounts.admin.first_name} ${accounts.admin.last_name}`)
  if (process.env.VOUCHER_ADMIN_SHOTS) await page.screenshot({ path: `${process.env.VOUCHER_ADMIN_SHOTS}/08-order.png`, fullPage: true })

  // Back in her wallet, Maria finds the refund and her balance as it was before the order.
  await page.goto("/account/portafoglio")
  await expect(page.getByRole("heading", { level: 1, name: "Il mio portafoglio" })).toBeVisible()
  const wallet = page.getByRole("region", { name: voucher.scheme.name })
  await expect(wallet.getByTestId("voucher-balance")).toHaveText(euro(voucher.balance))
  // The history is newest first: this order's payment, then its refund on top.
  const rows = wallet.getByRole("row")
  await expect(rows.nth(1)).toContainText("Rimborso")
  await expect(rows.nth(1)).toContainText(new RegExp(`\\+${euro(eligible.price_eur).source}`))
  await expect(rows.filter({ hasText: "Pagamento di un ordine" }).first()).toContainText(new RegExp(`−${euro(eligible.price_eur).source}`))
  await expect(wallet).toContainText("SilverCare")
  await expectNoSeriousA11yViolations(page, "wallet")
})

test("on the English site the voucher section and its refusals are in English", async ({ page }) => {
  await page.goto("/en/account/accedi")
  await page.getByLabel("E-mail", { exact: true }).fill(maria.email)
  await page.getByLabel("Password", { exact: true }).fill(maria.password)
  await page.getByRole("button", { name: "Log in" }).click()
  await expect(page).not.toHaveURL(/\/accedi/)

  // A YouCare service only: nothing in the cart can be paid with the voucher, and no order is placed.
  await page.goto(`/en/servizi/${notEligible.handle}`)
  await page.getByRole("button", { name: "Add to cart" }).click()
  await expect(page.getByRole("status").filter({ hasText: "Service added to the cart" })).toBeVisible()
  await page.goto("/en/checkout")
  await page.getByRole("button", { name: "Continue" }).click()
  const vouchers = page.getByRole("region", { name: "Municipal voucher" })
  await vouchers.getByRole("button", { name: /^Apply/ }).click()
  await expect(vouchers.getByRole("alert")).toHaveText("No service in the cart can be paid with this voucher.")
})

test("when the voucher pays everything there is no card to choose", async ({ page }) => {
  const cheap = service("gruppo-caregiver")
  await logIn(page)
  await addToCart(page, cheap.handle)
  await page.goto("/checkout")
  await page.getByRole("button", { name: "Continua" }).click()
  const vouchers = page.getByRole("region", { name: "Voucher comunale" })
  await vouchers.getByRole("button", { name: /^Applica/ }).click()
  await expect(vouchers.getByRole("status", { name: "Riepilogo del pagamento" })).toHaveText(
    new RegExp(`Pagato con voucher ${euro(cheap.price_eur).source} — Da pagare con carta ${euro(0).source}`)
  )
  await expect(page.getByRole("radio")).toHaveCount(0)
  await page.getByRole("button", { name: "Conferma l'ordine" }).click()

  await expect(page.getByRole("heading", { level: 1, name: "Ordine confermato" })).toBeVisible()
  const paid = page.getByRole("region", { name: "Come hai pagato" })
  await expect(paid).toContainText(euro(cheap.price_eur))
  await expect(paid).not.toContainText("Pagamento simulato")
})
