import { expect, test } from "@playwright/test"
import accounts from "../backend/src/seed-data/accounts.json"
import services from "../backend/src/seed-data/services.json"
import { StoreApi } from "./support/store-api"

const backendUrl = process.env.BACKEND_URL || "http://localhost:9000"

test("the Ufficio di Piano sees a citizen's order and profile in the admin", async ({ page }) => {
  const citizen = accounts.citizens[0]
  const store = StoreApi.fromEnv()
  await store.login(citizen.email, citizen.password)
  const { order, customer } = await store.placeOrder(services[0].handle)

  await page.goto(`${backendUrl}/app/login`)
  await page.locator('input[name="email"]').fill(accounts.admin.email)
  await page.locator('input[name="password"]').fill(accounts.admin.password)
  await page.getByRole("button", { name: /continue/i }).click()
  await expect(page).not.toHaveURL(/\/login/)

  await page.goto(`${backendUrl}/app/orders`)
  await expect(page.getByText(`#${order.display_id}`).first()).toBeVisible()
  await page.goto(`${backendUrl}/app/orders/${order.id}`)
  await expect(page.getByText(services[0].title).first()).toBeVisible()

  await page.goto(`${backendUrl}/app/customers/${customer.id}`)
  await expect(page.getByRole("heading", { name: "Profilo cittadino" })).toBeVisible()
  await expect(page.getByText(citizen.codice_fiscale)).toBeVisible()
  await expect(page.getByText(/Tradate \(VA\)/)).toBeVisible()
})
