import { expect, test, type Page } from "@playwright/test"
import accounts from "../backend/src/seed-data/accounts.json"
import services from "../backend/src/seed-data/services.json"
import { randomPerson } from "./support/codice-fiscale"
import { StoreApi } from "./support/store-api"

/**
 * The Ufficio di Piano's voucher pages in the Medusa admin, in Italian (the operator's
 * chosen admin language) and English: schemes, assignment by search, CSV import with its
 * report before anything is written, suspension, adjustments and the ledger with names.
 */
const backendUrl = process.env.BACKEND_URL || "http://localhost:9000"
const shots = process.env.VOUCHER_ADMIN_SHOTS
const [maria] = accounts.citizens

type NewCitizen = { email: string; first_name: string; last_name: string; codice_fiscale: string }

/**
 * A citizen registered for this run, resident in Tradate: the seeded citizens' vouchers are
 * what the storefront specs count, so this spec assigns only to people of its own.
 */
async function registerCitizen(first_name: string): Promise<NewCitizen> {
  const store = StoreApi.fromEnv()
  const stamp = `${Date.now()}${Math.floor(Math.random() * 1000)}`
  // A surname of its own per run, so the operator's search finds only this citizen.
  const person = randomPerson({ first_name, last_name: `Verdi${stamp.slice(-6)}` })
  const citizen = { email: `${first_name.toLowerCase()}.${stamp}@example.org`, ...person }
  const { token } = await store.request<{ token: string }>("POST", "/auth/customer/emailpass/register", { email: citizen.email, password: "Cittadino2026!" })
  const { comuni } = await store.request<{ comuni: { id: string; istat_code: string }[] }>("GET", "/store/comuni")
  const response = await fetch(`${backendUrl}/store/citizens`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}`, "x-publishable-api-key": store.publishableKey },
    body: JSON.stringify({ ...citizen, comune_id: comuni.find((c) => c.istat_code === "012127")!.id, household_size: 2 }),
  })
  expect(response.status, await response.clone().text()).toBeLessThan(300)
  return citizen
}

test.use({ viewport: { width: 1280, height: 900 } })

async function logIn(page: Page, language: "it" | "en") {
  // The admin keeps the operator's language where its own language setting does.
  await page.addInitScript((lng) => window.localStorage.setItem("lng", lng), language)
  await page.goto(`${backendUrl}/app/login`)
  await page.locator('input[name="email"]').fill(accounts.admin.email)
  await page.locator('input[name="password"]').fill(accounts.admin.password)
  await page.getByRole("button", { name: /continue|continua/i }).click()
  await expect(page).not.toHaveURL(/\/login/, { timeout: 60_000 })
}

async function shot(page: Page, name: string) {
  if (shots) await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true })
}

const day = (offset: number) => new Date(Date.now() + offset * 86400000).toISOString().slice(0, 10)
const italianDay = (iso: string) => iso.split("-").reverse().join("/")

test("the operator creates, edits and closes a scheme, assigns, imports, suspends and adjusts", async ({ page }) => {
  const name = `Voucher anziani e famiglie ${Date.now()}`
  const anna = await registerCitizen("Anna")
  const piero = await registerCitizen("Piero")
  await logIn(page, "it")
  await page.goto(`${backendUrl}/app/vouchers`)
  await expect(page.getByRole("heading", { level: 1, name: "Misure voucher" })).toBeVisible()
  await page.getByRole("button", { name: "Nuova misura" }).click()
  const form = page.getByRole("region", { name: "Nuova misura" })

  // Comuni and care areas are chosen, not typed; a missing choice is said before anything is sent.
  await form.getByLabel("Nome della misura").fill(name)
  await form.getByLabel("Fonte di finanziamento").fill("Fondo Nazionale Politiche Sociali")
  await form.getByLabel("Inizio").fill(day(-1))
  await form.getByLabel("Fine").fill(day(-2))
  await form.getByRole("button", { name: "Crea misura" }).click()
  await expect(form.getByRole("alert")).toHaveText("Scegli almeno un'opzione: Comuni finanziatori")
  await form.getByRole("checkbox", { name: "Tradate (VA)" }).click()
  await form.getByRole("checkbox", { name: "Venegono Superiore (VA)" }).click()
  await form.getByRole("checkbox", { name: "SilverCare" }).click()
  await form.getByLabel("Massimo per cittadino (€)").fill("300")
  await shot(page, "01-new-scheme")
  // The server's refusal, in the admin's language.
  await form.getByRole("button", { name: "Crea misura" }).click()
  await expect(form.getByRole("alert")).toHaveText("La data di fine della misura deve essere successiva alla data di inizio.")
  await form.getByLabel("Fine").fill(day(365))
  await form.getByRole("button", { name: "Crea misura" }).click()

  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible()
  const schemeUrl = page.url()

  // Edit.
  await page.getByRole("button", { name: "Modifica la misura" }).click()
  const edit = page.getByRole("region", { name: "Modifica la misura" })
  await edit.getByLabel("Nome della misura").fill(`${name} (rivista)`)
  await edit.getByRole("button", { name: "Salva modifiche" }).click()
  await expect(page.getByRole("heading", { level: 1, name: `${name} (rivista)` })).toBeVisible()
  // Saving the form unchanged keeps the days as typed (days in Italy, not UTC midnights).
  await expect(page.getByText(`${italianDay(day(-1))} – ${italianDay(day(365))}`)).toBeVisible()

  // Assign to one citizen found by codice fiscale.
  const assign = page.getByRole("form", { name: "Assegna un voucher a un cittadino" })
  await assign.getByLabel("Cerca per nome, e-mail o codice fiscale").fill(anna.codice_fiscale)
  await assign.getByRole("radio", { name: new RegExp(`${anna.first_name} ${anna.last_name}`) }).click()
  await assign.getByLabel("Importo (€)").fill("50")
  await assign.getByRole("button", { name: "Assegna voucher" }).click()
  await expect(page.getByText(`Voucher assegnato a ${anna.first_name} ${anna.last_name}`)).toBeVisible()
  const vouchers = page.getByRole("table").last()
  await expect(vouchers.getByRole("row").filter({ hasText: `${anna.first_name} ${anna.last_name}` })).toContainText("50,00")

  // CSV: the report first, nothing written while any row is wrong.
  const importer = page.getByRole("region", { name: "Importa da CSV" })
  const csv = (text: string) => ({ name: "assegnazioni.csv", mimeType: "text/csv", buffer: Buffer.from(text) })
  await importer.getByLabel("File CSV").setInputFiles(csv(`email,amount\n${piero.email},80\nnessuno@example.org,10\n`))
  await importer.getByRole("button", { name: "Controlla il file" }).click()
  const report = importer.getByRole("status")
  await expect(report).toContainText("Il file CSV contiene errori: nessun voucher è stato assegnato.")
  await expect(report.getByRole("row").filter({ hasText: "nessuno@example.org" })).toContainText("Cittadino non trovato.")
  await expect(report.getByRole("button", { name: /^Conferma/ })).toHaveCount(0)
  await shot(page, "02-import-report-errors")
  await expect(vouchers.getByRole("row").filter({ hasText: piero.last_name })).toHaveCount(0)

  await importer.getByLabel("File CSV").setInputFiles(csv(`email,amount\n${piero.email},80\n`))
  await importer.getByRole("button", { name: "Controlla il file" }).click()
  await expect(report).toContainText("1 righe corrette: nessun voucher è ancora stato assegnato.")
  await expect(vouchers.getByRole("row").filter({ hasText: piero.last_name })).toHaveCount(0)
  await shot(page, "03-import-report-ok")
  await report.getByRole("button", { name: "Conferma e assegna 1 voucher" }).click()
  await expect(page.getByText("1 voucher assegnati")).toBeVisible()
  await expect(vouchers.getByRole("row").filter({ hasText: `${piero.first_name} ${piero.last_name}` })).toContainText("80,00")
  await shot(page, "04-scheme")

  // Maria's voucher, reached with the keyboard.
  const open = page.getByRole("link", { name: `Apri il voucher di ${anna.first_name} ${anna.last_name}` })
  await open.focus()
  await page.keyboard.press("Enter")
  await expect(page.getByRole("heading", { level: 1, name: `${anna.first_name} ${anna.last_name}` })).toBeVisible()

  await page.getByRole("button", { name: "Sospendi" }).click()
  await expect(page.getByText("Sospeso", { exact: true })).toBeVisible()
  await page.getByRole("button", { name: "Riattiva" }).click()
  await expect(page.getByText("Attivo", { exact: true })).toBeVisible()

  // An adjustment needs a reason.
  const adjust = page.getByRole("form", { name: "Rettifica" })
  await adjust.getByLabel("Importo (€, negativo per togliere)").fill("-10")
  await adjust.getByRole("button", { name: "Registra rettifica" }).click()
  await expect(adjust.getByRole("alert")).toHaveText("Il motivo è obbligatorio (almeno 3 caratteri).")
  await adjust.getByLabel("Motivo (obbligatorio)").fill("Ore non erogate a novembre")
  await adjust.getByRole("button", { name: "Registra rettifica" }).click()
  await expect(page.getByText("Rettifica registrata")).toBeVisible()

  // The ledger: who did what, by name.
  const ledger = page.getByRole("table")
  const adjustment = ledger.getByRole("row").filter({ hasText: "Rettifica" })
  await expect(adjustment).toContainText(`${accounts.admin.first_name} ${accounts.admin.last_name}`)
  await expect(adjustment).toContainText("Ore non erogate a novembre")
  await expect(adjustment).toContainText("-10,00")
  await expect(ledger.getByRole("row").filter({ hasText: "Assegnazione" })).toContainText("50,00")
  await expect(ledger).not.toContainText("user_")
  await expect(page.getByText(/Saldo 40,00\s€ di 50,00\s€/)).toBeVisible()
  await shot(page, "05-voucher")

  // Close the scheme, after confirming.
  await page.goto(schemeUrl)
  await page.getByRole("button", { name: "Chiudi la misura" }).click()
  await page.getByRole("alertdialog").getByRole("button", { name: "Chiudi" }).click()
  await expect(page.getByText("Misura chiusa")).toBeVisible()
  await expect(page.getByText("Chiusa", { exact: true })).toBeVisible()
  await expect(page.getByRole("button", { name: "Chiudi la misura" })).toHaveCount(0)
  await page.goto(`${backendUrl}/app/vouchers`)
  await expect(page.getByRole("row").filter({ hasText: `${name} (rivista)` })).toContainText("Chiusa")
  await shot(page, "06-schemes")
})

test("in English the pages and the server's refusals are in English", async ({ page }) => {
  await logIn(page, "en")
  await page.goto(`${backendUrl}/app/vouchers`)
  await expect(page.getByRole("heading", { level: 1, name: "Voucher schemes" })).toBeVisible()
  await page.getByRole("button", { name: "New scheme" }).click()
  const form = page.getByRole("region", { name: "New scheme" })
  await form.getByLabel("Scheme name").fill("Backwards scheme")
  await form.getByLabel("Funding source").fill("FNPS")
  await form.getByLabel("Start").fill(day(5))
  await form.getByLabel("End").fill(day(1))
  await form.getByRole("checkbox", { name: "Tradate (VA)" }).click()
  await form.getByRole("checkbox", { name: "SilverCare" }).click()
  await form.getByRole("button", { name: "Create scheme" }).click()
  await expect(form.getByRole("alert")).toHaveText("The scheme's end date must come after its start date.")
  await shot(page, "07-english")
})

test("the order's voucher box follows a refund, which is confirmed, has a reason, and waits for the card's capture", async ({ page }) => {
  const eligible = services.find((s) => s.handle === "consulenza-pedagogica")!
  const store = StoreApi.fromEnv()
  await store.login(maria.email, maria.password)
  const { vouchers } = await store.request<{ vouchers: { id: string; balance: number }[] }>("GET", "/store/vouchers")
  const voucher = vouchers.find((v) => v.balance >= eligible.price_eur)!
  // One service the voucher pays and one for the card (the demo's system provider, authorized, not captured).
  const { order } = await store.placeOrder(eligible.handle, {
    extraHandles: ["nordic-walking-parco-pineta"],
    beforePayment: (cartId) => store.request("POST", `/store/carts/${cartId}/vouchers`, { voucher_id: voucher.id }),
  })

  await logIn(page, "it")
  await page.goto(`${backendUrl}/app/orders/${order.id}`)
  const widget = page
    .locator("div")
    .filter({ has: page.getByRole("heading", { name: "Pagamento con voucher" }) })
    .filter({ has: page.getByRole("button", { name: "Rimborsa" }) })
    .last()
  await expect(widget).toContainText(/Pagato con voucher\s*40,00\s€/)
  await widget.getByRole("combobox").click()
  await page.getByRole("option", { name: new RegExp(`^${eligible.title} — voucher`) }).click()

  // More than the voucher paid reaches the card, which is not captured yet.
  await widget.getByLabel("Importo da rimborsare").fill("45")
  await widget.getByLabel("Motivo del rimborso").fill("Servizio non erogato")
  await widget.getByRole("button", { name: "Rimborsa" }).click()
  await expect(widget.getByRole("alert")).toHaveText(/^Cattura prima il pagamento con carta/)
  await expect(page.getByRole("alertdialog")).toHaveCount(0)

  // The voucher part: confirmed first, and then the box shows it at once.
  await widget.getByLabel("Importo da rimborsare").fill("40")
  await widget.getByRole("button", { name: "Rimborsa" }).click()
  const confirm = page.getByRole("alertdialog")
  await expect(confirm).toContainText("Confermi il rimborso?")
  await confirm.getByRole("button", { name: "Rimborsa" }).click()
  await expect(page.getByText("Rimborso registrato")).toBeVisible()
  await expect(widget).toContainText(/Pagato con voucher\s*0,00\s€/)
  const refund = widget.getByRole("row").filter({ hasText: "Rimborso" })
  await expect(refund).toContainText("Servizio non erogato")
  await expect(refund).toContainText(`${accounts.admin.first_name} ${accounts.admin.last_name}`)
  await shot(page, "08-order")
})
