import { expect, test } from "@playwright/test"
import { expectNoSeriousA11yViolations } from "./support/a11y"
import accounts from "../backend/src/seed-data/accounts.json"
import { randomPerson } from "./support/codice-fiscale"
import { StoreApi } from "./support/store-api"

const backendUrl = process.env.BACKEND_URL || "http://localhost:9000"

// Identity that cannot be borrowed: the codice fiscale must be the code of the person who
// registers, and after registration it is read-only; a new comune is a request to verify.
test.use({ baseURL: process.env.STOREFRONT_URL ?? "http://localhost:8000" })

const PASSWORD = "Welfare-Tradate-2026"

test("a citizen registering with someone else's codice fiscale is told what disagrees, then registers with her own and requests a new comune", async ({ page }) => {
  const lucia = randomPerson({ first_name: "Lucia", last_name: "Verdi", sex: "F" })
  // Anna Neri's code: valid, but not Lucia's.
  const anna = randomPerson({ first_name: "Anna", last_name: "Neri", sex: "F" })
  const email = `e2e-identity-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.org`

  await page.goto("/account/registrati")
  await page.getByLabel("Nome", { exact: true }).fill(lucia.first_name)
  await page.getByLabel("Cognome", { exact: true }).fill(lucia.last_name)
  await page.getByLabel("Data di nascita").fill(anna.date_of_birth)
  await page.getByLabel("Sesso").selectOption({ label: "Femminile" })
  await page.getByLabel("E-mail", { exact: true }).fill(email)
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD)
  await page.getByLabel("Comune di residenza").selectOption({ label: "Tradate" })
  await page.getByLabel("Codice fiscale").fill(anna.codice_fiscale)
  await page.getByLabel("Componenti del nucleo familiare").fill("2")
  await page.locator('label[for="field-privacy_consent"]').click({ position: { x: 8, y: 10 } })
  await page.getByRole("button", { name: "Registrati" }).click()

  // The summary takes focus and links to each part that disagrees with the code.
  const summary = page.getByRole("alert").filter({ hasText: "Ci sono 2 errori da correggere" })
  await expect(summary).toBeFocused()
  await expect(summary.getByRole("link", { name: /^Nome: Il nome non corrisponde al codice fiscale/ })).toHaveAttribute("href", "#field-first_name")
  await expect(summary.getByRole("link", { name: /^Cognome: Il cognome non corrisponde al codice fiscale/ })).toHaveAttribute("href", "#field-last_name")
  await expect(page.getByLabel("Cognome", { exact: true })).toHaveAccessibleDescription(/non corrisponde al codice fiscale/)
  await expect(page.getByLabel("Password", { exact: true })).toHaveValue(PASSWORD)
  await expectNoSeriousA11yViolations(page, "registration refused for a borrowed codice fiscale")

  // With her own date of birth and code, Lucia registers.
  await page.getByLabel("Data di nascita").fill(lucia.date_of_birth)
  await page.getByLabel("Codice fiscale").fill(lucia.codice_fiscale)
  await page.getByRole("button", { name: "Registrati" }).click()
  await expect(page).toHaveURL(/\/account$/)

  // The profile shows the code and the identity read-only: no field edits them.
  await expect(page.getByRole("heading", { level: 1, name: "Area personale" })).toBeVisible()
  await expect(page.getByTestId("profile-codice-fiscale")).toHaveText(lucia.codice_fiscale)
  await expect(page.getByRole("textbox", { name: /Codice fiscale/ })).toHaveCount(0)
  await expect(page.getByRole("textbox", { name: /^Nome/ })).toHaveCount(0)
  await expect(page.getByText("Questi dati non si possono modificare dal sito")).toBeVisible()

  // A move to Venegono Superiore is a request; the verified comune stays Tradate meanwhile.
  const form = page.getByRole("form", { name: "Richiedi una modifica" })
  await form.getByLabel("Comune di residenza").selectOption({ label: "Venegono Superiore" })
  await form.getByLabel("Motivo della richiesta (facoltativo)").fill("Trasloco dal 1° dicembre")
  await form.getByRole("button", { name: "Invia la richiesta" }).click()

  const pending = page.getByRole("status").filter({ hasText: "Richiesta di modifica in attesa di verifica" })
  await expect(pending).toBeVisible()
  await expect(pending).toContainText("Venegono Superiore")
  const verified = page.getByRole("region", { name: "Residenza e nucleo familiare" })
  await expect(verified.locator("dd").first()).toHaveText("Tradate (VA)")
  await expect(page.getByRole("form", { name: "Richiedi una modifica" })).toHaveCount(0)
  await expectNoSeriousA11yViolations(page, "profile with a pending change request")

  // After a reload the request is still pending: it was stored, not only shown.
  await page.reload()
  await expect(page.getByRole("status").filter({ hasText: "Richiesta di modifica in attesa di verifica" })).toBeVisible()
})

test("the Ufficio di Piano approves a comune change on the customer page, and the profile follows", async ({ page }) => {
  // A citizen of Tradate who asked to move to Venegono Superiore (set up over the store API).
  const store = StoreApi.fromEnv()
  const person = randomPerson({ first_name: "Marta", last_name: `Galli${Date.now() % 100000}`, sex: "F" })
  const email = `e2e-identity-admin-${Date.now()}@example.org`
  const { token } = await store.request<{ token: string }>("POST", "/auth/customer/emailpass/register", { email, password: PASSWORD })
  const { comuni } = await store.request<{ comuni: { id: string; name: string }[] }>("GET", "/store/comuni")
  const response = await fetch(`${backendUrl}/store/citizens`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}`, "x-publishable-api-key": store.publishableKey },
    body: JSON.stringify({ email, ...person, comune_id: comuni.find((c) => c.name === "Tradate")!.id, household_size: 2 }),
  })
  expect(response.status, await response.clone().text()).toBe(200)
  const { customer } = (await response.json()) as { customer: { id: string } }
  await store.login(email, PASSWORD)
  await store.request("POST", "/store/citizens/me/change-requests", {
    comune_id: comuni.find((c) => c.name === "Venegono Superiore")!.id,
    note: "Trasloco",
  })

  await page.setViewportSize({ width: 1280, height: 900 })
  await page.goto(`${backendUrl}/app/login`)
  await page.locator('input[name="email"]').fill(accounts.admin.email)
  await page.locator('input[name="password"]').fill(accounts.admin.password)
  await page.getByRole("button", { name: /continue|continua/i }).click()
  await expect(page).not.toHaveURL(/\/login/, { timeout: 60_000 })

  await page.goto(`${backendUrl}/app/customers/${customer.id}`)
  const pending = page.getByRole("region", { name: "Richieste di modifica da verificare" })
  await expect(pending).toContainText("Comune: Tradate → Venegono Superiore")
  await expect(pending).toContainText("Motivo del cittadino: Trasloco")

  // Rejecting needs a reason; approving applies the change and keeps it in the history.
  await pending.getByRole("button", { name: "Respingi" }).click()
  await expect(pending.getByRole("alert")).toHaveText("Indica il motivo del rifiuto: il cittadino lo leggerà.")
  await pending.getByLabel("Motivazione (obbligatoria per respingere)").fill("Residenza verificata in anagrafe")
  await pending.getByRole("button", { name: "Approva" }).click()
  await expect(page.getByRole("region", { name: "Richieste di modifica da verificare" })).toHaveCount(0)
  await expect(page.getByText(/Venegono Superiore \(VA\) · ISTAT/)).toBeVisible()
  const history = page.getByRole("region", { name: "Storico delle richieste" })
  await expect(history).toContainText("Approvata")
  await expect(history).toContainText("Residenza verificata in anagrafe")

  const { citizen_profile } = await store.request("GET", "/store/citizens/me")
  expect(citizen_profile.comune.name).toBe("Venegono Superiore")
})
