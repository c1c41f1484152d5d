import { expect, test } from "@playwright/test"
import { addToCart, logIn } from "./support/citizen"

test.use({ baseURL: process.env.STOREFRONT_URL ?? "http://localhost:8000" })

test("on a phone the menu keeps the keyboard inside and closes with Escape", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto("/")
  const toggler = page.getByRole("button", { name: "Apri il menu delle aree di intervento" })
  await toggler.click()
  const menu = page.locator("#main-nav")
  const focusInMenu = () => page.evaluate(() => Boolean(document.getElementById("main-nav")?.contains(document.activeElement)))
  // Focus moves into the opened menu (its close button or first link).
  await expect.poll(focusInMenu).toBe(true)
  // Tab after the last item comes back to the first element of the menu, never behind the overlay.
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press("Tab")
    expect(await focusInMenu()).toBe(true)
  }
  await page.keyboard.press("Escape")
  await expect(menu.getByRole("link", { name: "YouCare" })).toBeHidden()
  await expect(toggler).toBeFocused()
})

test("after adding to the cart focus is on the confirmation, and each checkout step starts at its heading", async ({ page }) => {
  await logIn(page)
  await addToCart(page, "nordic-walking-parco-pineta")
  const confirmation = page.getByRole("status").filter({ hasText: "Servizio aggiunto al carrello" })
  await expect(confirmation).toBeFocused()
  await page.keyboard.press("Tab")
  await expect(page.getByRole("link", { name: "Vai al carrello" })).toBeFocused()

  await page.goto("/checkout")
  await expect(page.getByRole("heading", { level: 2, name: "1. Dati di fatturazione" })).toBeFocused()
  await page.getByRole("button", { name: "Continua" }).click()
  await expect(page.getByRole("heading", { level: 2, name: "2. Pagamento" })).toBeFocused()
})
