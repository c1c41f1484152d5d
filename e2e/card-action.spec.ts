import { expect, test } from "@playwright/test"
import { ACTION_CARD_PROVIDER } from "./global-setup"
import { expectNoSeriousA11yViolations } from "./support/a11y"
import { addToCart, euro, logIn, mariasVouchers, service } from "./support/citizen"

test.use({ baseURL: process.env.STOREFRONT_URL ?? "http://localhost:8000" })

const backendUrl = process.env.BACKEND_URL || "http://localhost:9000"
// Maria's voucher (Tradate) pays FamilyCare, not YouCare: the card pays the YouCare service.
const eligible = service("consulenza-pedagogica")
const notEligible = service("nordic-walking-parco-pineta")

/**
 * A card that needs the customer's action (3-D Secure, a bank app): the storefront asks the
 * citizen to confirm, waits, and shows the order that the provider's webhook completes.
 * The test provider stands in for Stripe; its webhook is what the bank's confirmation sends.
 */
test("a card that needs the bank's confirmation: the citizen confirms, the order appears, the voucher moves once", async ({ page }) => {
  const { store, vouchers } = await mariasVouchers()
  expect(vouchers).toHaveLength(1)
  const before = vouchers[0]
  expect(before.balance).toBeGreaterThan(eligible.price_eur)

  await logIn(page)
  await addToCart(page, eligible.handle)
  await addToCart(page, notEligible.handle)
  await page.goto("/checkout")
  await page.getByRole("button", { name: "Continua" }).click()

  // The voucher comes first, already applied to the line it can pay, with the split shown.
  const voucherBox = page.getByRole("region", { name: "Voucher comunale" })
  await expect(voucherBox.getByRole("button", { name: /^Rimuovi/ })).toBeVisible()
  await expect(voucherBox.getByRole("status", { name: "Riepilogo del pagamento" })).toHaveText(
    new RegExp(`Pagato con voucher ${euro(eligible.price_eur).source} — Da pagare con carta ${euro(notEligible.price_eur).source}`)
  )

  await page.getByText("Carta con conferma della banca (prova)").click()
  await expect(page.getByRole("radio", { name: "Carta con conferma della banca (prova)" })).toBeChecked()
  await page.getByRole("button", { name: "Conferma e paga" }).click()

  // Medusa answers "requires more": the citizen is asked to confirm with the bank.
  await expect(page).toHaveURL(/\/checkout\/conferma-pagamento\?cart=/)
  await expect(page.getByRole("heading", { level: 2, name: "Azione richiesta: conferma il pagamento" })).toBeVisible()
  await expect(page.getByRole("main")).toContainText(euro(notEligible.price_eur))
  await expect(page.getByRole("status")).toContainText("In attesa della conferma della banca")
  await expectNoSeriousA11yViolations(page, "payment confirmation")
  const cartId = new URL(page.url()).searchParams.get("cart") ?? ""

  // Nothing is held while the bank waits.
  expect((await mariasVouchers()).vouchers[0].balance).toBe(before.balance)

  // The bank confirms: its notification reaches Medusa's webhook route, which completes the cart.
  const { cart } = await store.request("GET", `/store/carts/${cartId}?fields=*payment_collection.payment_sessions`)
  const session = cart.payment_collection.payment_sessions.find((s: { provider_id: string }) => s.provider_id === ACTION_CARD_PROVIDER)
  const hook = await fetch(`${backendUrl}/hooks/payment/requires-action_test`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ session_id: session.id, token: session.data.token, amount: Number(session.amount) }),
  })
  expect(hook.status).toBe(200)

  // Medusa processes the webhook 5 s after it arrives; the waiting page then finds the order.
  await expect(page).toHaveURL(/\/ordini\/[^/]+\/conferma$/, { timeout: 45_000 })
  await expect(page.getByRole("heading", { level: 1, name: "Ordine confermato" })).toBeVisible()
  const paid = page.getByRole("region", { name: "Come hai pagato" })
  await expect(paid).toContainText(before.scheme.name)
  await expect(paid).toContainText(euro(eligible.price_eur))
  await expect(paid).toContainText("Carta con conferma della banca (prova)")
  await expect(paid).toContainText(euro(notEligible.price_eur))

  // The voucher paid its line exactly once.
  await expect
    .poll(async () => (await mariasVouchers()).vouchers[0].balance, { timeout: 20_000 })
    .toBeCloseTo(before.balance - eligible.price_eur, 2)
  await expect
    .poll(async () => (await mariasVouchers()).vouchers[0].entries.filter((e) => e.kind === "capture" && e.reference === cartId).length)
    .toBe(1)
})
