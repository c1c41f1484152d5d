import { expect, test } from "@playwright/test"
import cooperatives from "../backend/src/seed-data/cooperatives.json"
import { euro, maria, service } from "./support/citizen"
import { randomPerson } from "./support/codice-fiscale"
import { waitForMail } from "./support/mailbox"
import { StoreApi } from "./support/store-api"

test.use({ baseURL: process.env.STOREFRONT_URL ?? "http://localhost:8000" })

/** A citizen registered through the store API, so that changing the password touches no seeded account. */
async function registerCitizen() {
  const email = `e2e-reset-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.org`
  const password = "Vecchia-Password-2026"
  const store = StoreApi.fromEnv()
  const { token } = await store.request<{ token: string }>("POST", "/auth/customer/emailpass/register", { email, password })
  const { comuni } = await store.request<{ comuni: { id: string; name: string }[] }>("GET", "/store/comuni")
  const registered = new StoreApi(process.env.BACKEND_URL || "http://localhost:9000", store.publishableKey, token)
  // Names, sex and date of birth agreeing with the code: registration checks them against it.
  const { first_name, last_name, sex, date_of_birth, codice_fiscale } = randomPerson()
  await registered.request("POST", "/store/citizens", {
    email,
    first_name,
    last_name,
    sex,
    date_of_birth,
    comune_id: comuni.find((c) => c.name === "Tradate")!.id,
    codice_fiscale,
    household_size: 2,
  })
  return { email, password }
}

test("a citizen who forgot the password gets a link by e-mail, sets a new one and logs in with it", async ({ page }) => {
  const citizen = await registerCitizen()

  await page.goto("/account/accedi")
  await page.getByRole("link", { name: "Password dimenticata?" }).click()
  await expect(page.getByRole("heading", { level: 1, name: "Password dimenticata" })).toBeVisible()
  // A refused form puts focus on its error summary.
  await page.getByRole("button", { name: "Invia il collegamento" }).click()
  await expect(page.getByRole("alert").filter({ hasText: "C'è un errore da correggere" })).toBeFocused()
  await page.getByLabel("E-mail").fill(citizen.email)
  await page.getByRole("button", { name: "Invia il collegamento" }).click()
  await expect(page.getByRole("status").filter({ hasText: `Se l'indirizzo ${citizen.email} corrisponde a un account` })).toBeFocused()

  const mail = await waitForMail(citizen.email, /Reimposta la password/)
  expect(mail.text).toContain("Il collegamento vale 15 minuti")
  const link = /https?:\/\/\S+\/account\/reimposta-password\?\S+/.exec(mail.text)?.[0]
  expect(link, "the reset link in the plain-text part").toBeTruthy()

  await page.goto(link!)
  await expect(page.getByRole("heading", { level: 1, name: "Scegli una nuova password" })).toBeVisible()
  await expect(page.getByRole("main")).toContainText(citizen.email)
  const newPassword = "Nuova-Password-2026"
  await page.getByLabel("Nuova password", { exact: true }).fill(newPassword)
  await page.getByLabel("Ripeti la nuova password").fill("Un-altra-Password-2026")
  await page.getByRole("button", { name: "Salva la nuova password" }).click()
  await expect(page.getByRole("alert").filter({ hasText: "C'è un errore da correggere" })).toBeFocused()
  await expect(page.getByText("Le due password non coincidono.").first()).toBeVisible()
  await page.getByLabel("Ripeti la nuova password").fill(newPassword)
  await page.getByRole("button", { name: "Salva la nuova password" }).click()

  await expect(page).toHaveURL(/\/account\/accedi\?reimpostata=1/)
  await expect(page.getByRole("status").filter({ hasText: "Password aggiornata" })).toBeVisible()
  await page.getByLabel("E-mail", { exact: true }).fill(citizen.email)
  await page.getByLabel("Password", { exact: true }).fill(newPassword)
  await page.getByRole("button", { name: "Accedi" }).click()
  await expect(page).toHaveURL(/\/account$/)

  // The link works once.
  await page.goto(link!)
  await page.getByLabel("Nuova password", { exact: true }).fill("Terza-Password-2026")
  await page.getByLabel("Ripeti la nuova password").fill("Terza-Password-2026")
  await page.getByRole("button", { name: "Salva la nuova password" }).click()
  await expect(page.getByRole("alert").filter({ hasText: "Il collegamento è scaduto o è già stato usato" })).toBeVisible()
})

test("an unknown e-mail gets the same answer and no e-mail", async ({ page }) => {
  const nobody = `e2e-nobody-${Date.now()}@example.org`
  await page.goto("/en/account/password-dimenticata")
  await page.getByLabel("E-mail").fill(nobody)
  await page.getByRole("button", { name: "Send the link" }).click()
  await expect(page.getByRole("status")).toContainText(`If ${nobody} belongs to an account`)
  // Given the time a real request's e-mail takes to arrive (well under 5 s here), none comes.
  await expect(waitForMail(nobody, /./, 5_000)).rejects.toThrow()
})

test("the order confirmation reaches the citizen after a checkout, naming the service, its cooperative and the payment", async () => {
  const store = StoreApi.fromEnv()
  await store.login(maria.email, maria.password)
  const handle = "corso-minivolley-6-10-anni"
  const { order } = await store.placeOrder(handle)

  const mail = await waitForMail(maria.email, new RegExp(`Conferma dell'ordine n\\. ${order.display_id}$`))
  const bought = service(handle)
  const cooperative = cooperatives.find((c) => c.handle === bought.cooperative)!
  expect(mail.text).toContain(`${bought.title} — ${cooperative.name}`)
  expect(mail.text).toMatch(new RegExp(`Pagato con carta\\s+${euro(bought.price_eur).source}`))
  expect(mail.html).toContain(cooperative.name)
})
