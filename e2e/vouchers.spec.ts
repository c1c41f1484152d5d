import { expect, test } from "@playwright/test"
import accounts from "../backend/src/seed-data/accounts.json"
import { expectNoSeriousA11yViolations } from "./support/a11y"
import { addToCart, euro, logIn, maria, service } from "./support/citizen"
import { StoreApi } from "./support/store-api"

test.use({ baseURL: process.env.STOREFRONT_URL ?? "http://localhost:8000" })

const backendUrl = process.env.BACKEND_URL || "http://localhost:9000"

// Maria's voucher (Tradate) pays SilverCare and FamilyCare: the FamilyCare service costs less
// than her balance, so the voucher pays it whole; the YouCare one is left for the card.
const eligible = service("consulenza-pedagogica")
const notEligible = service("nordic-walking-parco-pineta")

/** "40,00 €" as the admin (Intl, it-IT) writes it. */
const adminEuro = (amount: number) => `${amount.toFixed(2).replace(".", ",")}\\s€`

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

/** The order's number as the citizen sees it. */
async function orderNumberOf(orderId: string) {
  const store = StoreApi.fromEnv()
  await store.login(maria.email, maria.password)
  const { order } = await store.request<{ order: { display_id: number } }>("GET", `/store/orders/${orderId}?fields=id,display_id`)
  return order.display_id
}

test("a citizen pays with her municipal voucher and the card, and the operator refunds the voucher line", async ({ page }) => {
  const voucher = await mariasVoucher()
  expect(voucher.balance).toBeGreaterThan(eligible.price_eur)

  await logIn(page)

  // Only a YouCare service: the voucher is shown, says it pays nothing here, and offers no "Applica".
  await addToCart(page, notEligible.handle)
  await page.goto("/checkout")
  await page.getByRole("button", { name: "Continua" }).click()
  const vouchers = page.getByRole("region", { name: "Voucher comunale" })
  await expect(vouchers).toBeVisible()
  await expect(vouchers).toContainText("Nessun servizio del carrello può essere pagato con questo voucher.")
  await expect(vouchers.getByRole("button", { name: /^Applica/ })).toHaveCount(0)

  // With a FamilyCare service too, the voucher can pay that line: "Applica", then the split.
  await addToCart(page, eligible.handle)
  await page.goto("/checkout?step=pagamento")
  await expect(vouchers).toContainText(`Può pagare: ${eligible.title}.`)
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
  // The history is newest first: the refund on top, then this order's payment, both naming the order.
  const entries = wallet.getByTestId("voucher-entry")
  await expect(entries.first()).toContainText("Rimborso")
  await expect(entries.first()).toContainText(new RegExp(`\\+${euro(eligible.price_eur).source}`))
  const orderRef = new RegExp(`Ordine n\\. ${await orderNumberOf(orderId ?? "")}(?!\\d)`)
  await expect(entries.first()).toContainText(orderRef)
  const payment = entries.filter({ hasText: "Pagamento di un ordine" }).filter({ hasText: orderRef })
  await expect(payment).toContainText(new RegExp(`−${euro(eligible.price_eur).source}`))
  // A confirmation moves nothing and is not listed as an empty row.
  await expect(wallet).not.toContainText("Pagamento confermato")
  await expect(wallet).toContainText("SilverCare")
  await expectNoSeriousA11yViolations(page, "wallet")

  // The order page keeps one set of figures and lists the refund with its date and where it went.
  await page.goto(`/account/ordini/${orderId}`)
  const paidBox = page.getByRole("region", { name: "Come hai pagato" })
  await expect(paidBox).toContainText(euro(eligible.price_eur + notEligible.price_eur))
  const refund = paidBox.getByTestId("order-refund")
  await expect(refund).toHaveCount(1)
  await expect(refund).toContainText(`rimborso sul voucher «${voucher.scheme.name}»`)
  await expect(refund).toContainText(new RegExp(`\\+${euro(eligible.price_eur).source}`))

  // "I tuoi ordini" says what the order cost and how it was paid, not € 0,00.
  await page.goto("/account/ordini")
  const row = page.getByTestId("order-row").filter({ has: page.getByRole("link", { name: new RegExp(`Dettaglio dell'ordine n\\. ${await orderNumberOf(orderId ?? "")}$`) }) })
  await expect(row).toContainText(new RegExp(`Costo: ${euro(eligible.price_eur + notEligible.price_eur).source}`))
  await expect(row).toContainText(new RegExp(`Pagato con voucher ${euro(eligible.price_eur).source} e con carta ${euro(notEligible.price_eur).source}`))
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
  await expect(vouchers).toContainText("No service in the cart can be paid with this voucher.")
  await expect(vouchers.getByRole("button", { name: /^Apply/ })).toHaveCount(0)
})

test("when the voucher pays everything there is no card to choose", async ({ page }) => {
  const cheap = service("gruppo-caregiver")
  await logIn(page)
  await addToCart(page, cheap.handle)
  await page.goto("/checkout")
  await page.getByRole("button", { name: "Continua" }).click()
  // The voucher is offered first: already applied when the payment step opens.
  const vouchers = page.getByRole("region", { name: "Voucher comunale" })
  await expect(vouchers.getByRole("button", { name: /^Rimuovi/ })).toBeVisible()
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
