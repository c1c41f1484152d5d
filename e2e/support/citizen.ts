import { expect, type Page } from "@playwright/test"
import accounts from "../../backend/src/seed-data/accounts.json"
import services from "../../backend/src/seed-data/services.json"
import { StoreApi } from "./store-api"

export const maria = accounts.citizens[0]

export const service = (handle: string) => {
  const found = services.find((s) => s.handle === handle)
  if (!found) throw new Error(`no seeded service ${handle}`)
  return found
}

/** "€ 40,00" as the Italian pages write it (a no-break space after the symbol). */
export const euro = (amount: number) =>
  new RegExp(`€\\s${amount.toFixed(2).replace(".", ",").replace(/\B(?=(\d{3})+(?!\d))/g, ".")}`)

export async function logIn(page: Page, who = maria) {
  await page.goto("/account/accedi")
  await page.getByLabel("E-mail", { exact: true }).fill(who.email)
  await page.getByLabel("Password", { exact: true }).fill(who.password)
  await page.getByRole("button", { name: "Accedi" }).click()
  await expect(page).not.toHaveURL(/\/accedi/)
}

export async function addToCart(page: Page, handle: string) {
  await page.goto(`/servizi/${handle}`)
  await page.getByRole("button", { name: "Aggiungi al carrello" }).click()
  await expect(page.getByRole("status").filter({ hasText: "Servizio aggiunto al carrello" })).toBeVisible()
}

export type StoreVoucher = {
  id: string
  balance: number
  scheme: { name: string }
  entries: { kind: string; amount: number; reference: string | null }[]
}

/** Maria's vouchers through the store API, with a client logged in as her. */
export async function mariasVouchers() {
  const store = StoreApi.fromEnv()
  await store.login(maria.email, maria.password)
  const { vouchers } = await store.request<{ vouchers: StoreVoucher[] }>("GET", "/store/vouchers")
  return { store, vouchers }
}
