import { expect, test, type Page } from "@playwright/test"
import { expectNoSeriousA11yViolations } from "./support/a11y"
import { invalidCodiceFiscale, randomPerson } from "./support/codice-fiscale"

// The seeded Ambito di Tradate: care area "childcare" with its subcategory "childcare-babysitting".
test.use({ baseURL: process.env.STOREFRONT_URL ?? "http://localhost:8000" })

const PASSWORD = "Welfare-Tradate-2026"

const uniqueEmail = (tag: string) => `e2e-${tag}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.org`

type Citizen = { email: string; codiceFiscale?: string; comune?: string; consent?: boolean }

/** Fills the registration form (Italian labels); the caller submits it. */
async function fillRegistration(page: Page, citizen: Citizen) {
  // Giulia Bianchi, born on a random day: her code agrees with what the form declares.
  const person = randomPerson({ first_name: "Giulia", last_name: "Bianchi", sex: "F" })
  await page.getByLabel("Nome", { exact: true }).fill(person.first_name)
  await page.getByLabel("Cognome", { exact: true }).fill(person.last_name)
  await page.getByLabel("Data di nascita").fill(person.date_of_birth)
  await page.getByLabel("Sesso").selectOption(person.sex)
  await page.getByLabel("E-mail", { exact: true }).fill(citizen.email)
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD)
  await page.getByLabel("Telefono (facoltativo)").fill("0331 123456")
  await page.getByLabel("Comune di residenza").selectOption({ label: citizen.comune ?? "Tradate" })
  await page.getByLabel("Codice fiscale").fill(citizen.codiceFiscale ?? person.codice_fiscale)
  await page.getByLabel("Componenti del nucleo familiare").fill("3")
  if (citizen.consent !== false) {
    // Bootstrap Italia draws the checkbox on its label, left of the text (the text holds a link): click there.
    await page.locator('label[for="field-privacy_consent"]').click({ position: { x: 8, y: 10 } })
    await expect(page.getByRole("checkbox", { name: /informativa sulla privacy/ })).toBeChecked()
  }
}

/** Logging in with the e-mail must fail: the refused registration created nothing. */
async function expectNoAccount(page: Page, email: string) {
  await page.goto("/account/accedi")
  await page.getByLabel("E-mail", { exact: true }).fill(email)
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD)
  await page.getByRole("button", { name: "Accedi" }).click()
  await expect(page.getByRole("alert").filter({ hasText: "E-mail o password non corrette" })).toBeVisible()
}

test("a guest browses, books a service, registers, pays and finds the order", async ({ page }) => {
  await page.goto("/")
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible()
  await expectNoSeriousA11yViolations(page, "home")

  await page.getByRole("main").getByRole("link", { name: "ChildCare" }).click()
  await expect(page).toHaveURL(/\/aree\/childcare$/)
  await expect(page.getByRole("heading", { level: 1, name: "ChildCare" })).toBeVisible()
  await expectNoSeriousA11yViolations(page, "care area")

  const filters = page.getByRole("navigation", { name: "Filtra per tipologia di servizio" })
  await filters.getByRole("link", { name: "Babysitting" }).click()
  await expect(page).toHaveURL(/\/aree\/childcare\/childcare-babysitting$/)
  await expect(filters.getByRole("link", { name: "Babysitting" })).toHaveAttribute("aria-current", "page")
  await expectNoSeriousA11yViolations(page, "subcategory")

  const firstService = page.getByRole("main").getByRole("article").first().getByRole("heading").getByRole("link")
  const title = (await firstService.textContent())?.trim() ?? ""
  await firstService.click()
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible()
  await expect(page.getByRole("main")).toContainText("€")
  await expectNoSeriousA11yViolations(page, "service")

  await page.getByRole("button", { name: "Aggiungi al carrello" }).click()
  await expect(page.getByRole("status").filter({ hasText: "Servizio aggiunto al carrello" })).toBeVisible()
  await expect(page.getByRole("link", { name: /Carrello: 1 servizio/ })).toBeVisible()
  await page.getByRole("link", { name: "Vai al carrello" }).click()

  await expect(page.getByRole("heading", { level: 1, name: "Carrello" })).toBeVisible()
  await expect(page.getByTestId("cart-lines")).toContainText(title)
  await expectNoSeriousA11yViolations(page, "cart")
  await page.getByRole("link", { name: "Procedi all'acquisto" }).click()

  await expect(page.getByRole("heading", { name: "Accedi per completare l'acquisto" })).toBeVisible()
  await expectNoSeriousA11yViolations(page, "checkout (guest)")
  await page.getByRole("main").getByRole("link", { name: "Registrati" }).click()

  await expect(page.getByRole("heading", { level: 1, name: "Registrati" })).toBeVisible()
  await expectNoSeriousA11yViolations(page, "registration")
  await fillRegistration(page, { email: uniqueEmail("journey") })
  await page.getByRole("button", { name: "Registrati" }).click()

  await expect(page).toHaveURL(/\/checkout/)
  await expect(page.getByLabel("Nome", { exact: true })).toHaveValue("Giulia")
  await page.getByLabel("Indirizzo").fill("Via Volta 12")
  await page.getByLabel("CAP").fill("21049")
  await page.getByLabel("Comune", { exact: true }).fill("Tradate")
  await page.getByLabel("Provincia").fill("VA")
  await expectNoSeriousA11yViolations(page, "checkout address")
  await page.getByRole("button", { name: "Continua" }).click()

  const simulated = page.getByRole("radio", { name: /Pagamento simulato \(demo\)/ })
  await expect(simulated).toBeVisible()
  // Bootstrap Italia draws the radio on its label, as a citizen sees it: click there.
  await page.getByText(/Pagamento simulato \(demo\)/).click()
  await expect(simulated).toBeChecked()
  await expectNoSeriousA11yViolations(page, "checkout payment")
  await page.getByRole("button", { name: "Conferma e paga" }).click()

  await expect(page).toHaveURL(/\/ordini\/[^/]+\/conferma$/)
  await expect(page.getByRole("heading", { level: 1, name: "Ordine confermato" })).toBeVisible()
  await expect(page.getByRole("main")).toContainText(title)
  const thanks = await page.getByRole("status").filter({ hasText: "Il tuo ordine n." }).textContent()
  const orderNumber = thanks?.match(/n\. (\d+)/)?.[1]
  expect(orderNumber).toBeTruthy()
  await expectNoSeriousA11yViolations(page, "order confirmation")

  await page.goto("/account/ordini")
  await expect(page.getByRole("heading", { level: 1, name: "I tuoi ordini" })).toBeVisible()
  const orderLink = page.getByRole("link", { name: `Dettaglio dell'ordine n. ${orderNumber}` })
  await expect(orderLink).toBeVisible()
  await expectNoSeriousA11yViolations(page, "order history")
  await orderLink.click()
  await expect(page.getByRole("heading", { level: 1, name: `Ordine n. ${orderNumber}` })).toBeVisible()
  await expect(page.getByRole("main")).toContainText(title)
})

test("an invalid codice fiscale is refused next to the field and creates nothing", async ({ page }) => {
  const email = uniqueEmail("bad-cf")
  await page.goto("/account/registrati")
  await fillRegistration(page, { email, codiceFiscale: invalidCodiceFiscale() })
  await page.getByRole("button", { name: "Registrati" }).click()

  // Focus moves to the error summary, which links to the field; the password is kept.
  const summary = page.getByRole("alert").filter({ hasText: "C'è un errore da correggere" })
  await expect(summary).toBeFocused()
  await expect(summary.getByRole("link", { name: /Codice fiscale/ })).toHaveAttribute("href", "#field-codice_fiscale")
  await expect(page.getByLabel("Password", { exact: true })).toHaveValue(PASSWORD)
  const field = page.getByLabel("Codice fiscale")
  await expect(field).toHaveAttribute("aria-invalid", "true")
  await expect(field).toHaveAccessibleDescription(/Il codice fiscale non è valido/)
  await expect(page).toHaveURL(/\/account\/registrati/)
  await expectNoSeriousA11yViolations(page, "registration with errors")
  await expectNoAccount(page, email)
})

test("a comune outside the Ambito is refused even when the form is tampered with", async ({ page }) => {
  const email = uniqueEmail("bad-comune")
  await page.goto("/account/registrati")
  await fillRegistration(page, { email })
  // A value the select never offered, as a crafted request would send.
  await page.getByLabel("Comune di residenza").evaluate((select: HTMLSelectElement) => {
    select.options[select.selectedIndex].value = "com_not_in_the_ambito"
  })
  await page.getByRole("button", { name: "Registrati" }).click()

  await expect(page.getByLabel("Comune di residenza")).toHaveAccessibleDescription(/non fa parte dell'Ambito/)
  await expectNoAccount(page, email)
})

test("search finds services and says when nothing matches", async ({ page }) => {
  await page.goto("/cerca?q=babysitting")
  await expect(page.getByRole("heading", { level: 1, name: "Cerca un servizio" })).toBeVisible()
  await expect(page.getByRole("status")).toContainText(/risultat/)
  await expect(page.getByRole("main").getByRole("article").first()).toBeVisible()
  await expectNoSeriousA11yViolations(page, "search")

  await page.goto("/cerca?q=zzzznessunservizio")
  await expect(page.getByText("Nessun servizio corrisponde alla ricerca")).toBeVisible()
})

test("the English site mirrors the catalogue under /en", async ({ page }) => {
  await page.goto("/en/aree/childcare")
  await expect(page.locator("html")).toHaveAttribute("lang", "en")
  await expect(page.getByRole("navigation", { name: "Filter by kind of service" })).toBeVisible()
  await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Italiano" }).click()
  await expect(page).toHaveURL(/\/aree\/childcare$/)
  await expect(page.locator("html")).toHaveAttribute("lang", "it")
})

test("registration asks to have read the privacy notice, and says so in the error summary", async ({ page }) => {
  const email = uniqueEmail("no-consent")
  await page.goto("/account/registrati")
  // The consent's own link, in the form (the footer links the notice too).
  await expect(page.locator("main form").getByRole("link", { name: "informativa sulla privacy" })).toHaveAttribute("href", "/privacy")
  await fillRegistration(page, { email, consent: false })
  await page.getByRole("button", { name: "Registrati" }).click()
  const summary = page.getByRole("alert").filter({ hasText: "C'è un errore da correggere" })
  await expect(summary).toBeFocused()
  await expect(summary).toContainText("Per registrarti devi aver letto l'informativa sulla privacy.")
  await expect(page.getByLabel("Password", { exact: true })).toHaveValue(PASSWORD)
  await expectNoSeriousA11yViolations(page, "registration without consent")
  await expectNoAccount(page, email)
})
