import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { changeAccreditationWorkflow, createCooperativeWorkflow, linkProductsToCooperativeWorkflow } from "@tradatewelfare/cooperatives/workflows"
import {
  assignVouchersWorkflow,
  processVoucherExpiryWorkflow,
  refundCanceledOrderVouchersWorkflow,
} from "@tradatewelfare/municipal-voucher/workflows"
import { codiceFiscaleFor, createCitizen, createComuni, createOperator } from "../../helpers/actors"
import { startMailbox } from "../../helpers/mailbox"
import { cooperativeInput } from "../cooperatives/fixtures"
import { CARD_PROVIDER, Citizen, createCart, createShop, settle, Shop, voucherService } from "../municipal-voucher/fixtures"

jest.setTimeout(180000)

const DAY = 24 * 3600 * 1000
const STOREFRONT = "http://storefront.test"
const NBSP = "\u00a0"
const MARIA = "maria.rossi@example.org"
const PASSWORD = "Cittadino2026!"

// The SMTP catcher must answer before the app boots, so the backend loads the SMTP provider
// (medusa-config.ts chooses it when SMTP_URL is set): this top-level hook runs before the runner's.
let mailbox: Awaited<ReturnType<typeof startMailbox>>
beforeAll(async () => {
  mailbox = await startMailbox()
  process.env.SMTP_URL = mailbox.smtpUrl
  process.env.STOREFRONT_URL = STOREFRONT
})
afterAll(async () => {
  delete process.env.SMTP_URL
  delete process.env.STOREFRONT_URL
  await mailbox?.close()
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Shop
    let maria: Citizen
    let cooperativeName: string
    let tradateId: string

    beforeEach(async () => {
      const container = getContainer()
      mailbox.received.length = 0
      shop = await createShop(container)
      const comuni = await createComuni(container)
      tradateId = comuni.tradate.id
      const { result: cooperative } = await createCooperativeWorkflow(container).run({ input: { cooperative: cooperativeInput(0) } })
      await changeAccreditationWorkflow(container).run({ input: { cooperative_id: cooperative.id, status: "accredited" } })
      await linkProductsToCooperativeWorkflow(container).run({
        input: { cooperative_id: cooperative.id, product_ids: [shop.eligibleProduct] },
      })
      cooperativeName = cooperative.name
      const citizen = await createCitizen(api, { headers: shop.headers }, {
        email: MARIA,
        codice_fiscale: codiceFiscaleFor(1),
        comune_id: comuni.tradate.id,
        household_size: 2,
      })
      maria = { id: citizen.customer.id, headers: citizen.headers.headers }
    })

    /** A scheme for the SilverCare services of Tradate and one voucher of `amount` assigned to Maria. */
    async function assignVoucher(amount: number, validUntil = new Date(Date.now() + 200 * DAY)) {
      const container = getContainer()
      const scheme = await voucherService(container).createVoucherSchemes({
        name: "Voucher domiciliarità 2026",
        comuni: ["012127"],
        funding_source: "Piano di Zona",
        starts_at: new Date(Date.now() - DAY),
        ends_at: new Date(Date.now() + 365 * DAY),
        care_areas: ["silvercare"],
      })
      const { result } = await assignVouchersWorkflow(container).run({
        input: {
          scheme_id: scheme.id,
          rows: [{ row: 1, customer_id: maria.id, amount, valid_until: validUntil }],
          idempotency_key: `test:${scheme.id}`,
        },
      })
      return result[0] as string
    }

    it("welcomes a citizen who registers, once", async () => {
      const [welcome] = await mailbox.mailsTo(MARIA, { subject: /Benvenuto/ })
      expect(welcome?.subject).toBe("Benvenuto su TradateWelfare")
      expect(welcome.text).toContain("Gentile Maria,")
      expect(welcome.text).toContain(`${STOREFRONT}/account`)
      expect(welcome.html).toContain('<html lang="it">')

      await getContainer().resolve(Modules.EVENT_BUS).emit({ name: "customer.created", data: { id: maria.id } })
      await new Promise((resolve) => setTimeout(resolve, 1500))
      expect(await mailbox.mailsTo(MARIA, { subject: /Benvenuto/, ms: 0 })).toHaveLength(1)
    })

    it("confirms a placed order to the citizen: the service, its cooperative, what the voucher and the card paid", async () => {
      const voucherId = await assignVoucher(25)
      const cartId = await createCart(api, shop, maria, [shop.eligibleVariant, shop.ineligibleVariant])
      await api.post(`/store/carts/${cartId}/vouchers`, { voucher_id: voucherId }, { headers: maria.headers })
      const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, { headers: maria.headers })
      await api.post(
        `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
        { provider_id: CARD_PROVIDER },
        { headers: maria.headers }
      )
      const completed = await api.post(`/store/carts/${cartId}/complete`, {}, { headers: maria.headers })
      expect(completed.data.type).toBe("order")
      const order = completed.data.order

      const [mail] = await mailbox.mailsTo(MARIA, { subject: /Conferma dell'ordine/ })
      expect(mail?.subject).toBe(`Conferma dell'ordine n. ${order.display_id}`)
      // assistenza-domiciliare (40) by the cooperative, corso-di-inglese (30) by nobody linked;
      // the voucher paid 25 of the eligible line, the card the other 45.
      expect(mail.text).toMatch(new RegExp(`assistenza-domiciliare — ${cooperativeName}\\s+€${NBSP}40,00`))
      expect(mail.text).toMatch(new RegExp(`corso-di-inglese\\s+€${NBSP}30,00`))
      expect(mail.text).toMatch(new RegExp(`Totale\\s+€${NBSP}70,00`))
      expect(mail.text).toMatch(new RegExp(`Pagato con voucher comunale\\s+€${NBSP}25,00`))
      expect(mail.text).toMatch(new RegExp(`Pagato con carta\\s+€${NBSP}45,00`))
      expect(mail.text).toContain(`${STOREFRONT}/account/ordini/${order.id}`)
      expect(mail.html).toContain(cooperativeName)

      // order.placed delivered again sends nothing new (the notification's idempotency key).
      await getContainer().resolve(Modules.EVENT_BUS).emit({ name: "order.placed", data: { id: order.id } })
      await new Promise((resolve) => setTimeout(resolve, 1500))
      expect(await mailbox.mailsTo(MARIA, { subject: /Conferma dell'ordine/, ms: 0 })).toHaveLength(1)
    })

    it("tells the citizen what a line refund and a cancellation gave back, to the voucher and to the card, once each", async () => {
      const operator = await createOperator(api, getContainer())
      const voucherId = await assignVoucher(100)
      const cartId = await createCart(api, shop, maria, [shop.eligibleVariant, shop.ineligibleVariant])
      await api.post(`/store/carts/${cartId}/vouchers`, { voucher_id: voucherId }, { headers: maria.headers })
      const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, { headers: maria.headers })
      await api.post(
        `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
        { provider_id: CARD_PROVIDER },
        { headers: maria.headers }
      )
      const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, { headers: maria.headers })
      const order = completed.order
      const { data: paid } = await api.get(`/admin/orders/${order.id}/voucher-payments`, operator)
      await api.post(`/admin/payments/${paid.payments[0].payments[0].id}/capture`, {}, operator)
      const line = (title: string) => order.items.find((i: { title: string }) => i.title === title).id
      const refund = (item: string, amount: number, key: string) =>
        api.post(`/admin/orders/${order.id}/voucher-refunds`, { item_id: line(item), amount, idempotency_key: key, reason: "Servizio non erogato" }, operator)

      await refund("assistenza-domiciliare", 40, "refund-voucher-line")
      await refund("assistenza-domiciliare", 40, "refund-voucher-line") // a retry: nothing moves, nothing is sent
      await refund("corso-di-inglese", 30, "refund-card-line")
      const refunds = await mailbox.mailsTo(MARIA, { subject: /Rimborso/, count: 3, ms: 5000 })
      expect(refunds).toHaveLength(2)
      expect(refunds.every((m) => m.subject === `Rimborso dell'ordine n. ${order.display_id}`)).toBe(true)
      const [toVoucher] = refunds.filter((m) => m.text.includes("Restituito al voucher"))
      expect(toVoucher?.text).toMatch(new RegExp(`Restituito al voucher "Voucher domiciliarità 2026"\\s+€${NBSP}40,00`))
      expect(toVoucher.text).not.toContain("Rimborsato sulla carta")
      const [toCard] = refunds.filter((m) => m.text.includes("Rimborsato sulla carta"))
      expect(toCard?.text).toMatch(new RegExp(`Rimborsato sulla carta\\s+€${NBSP}30,00`))

      // A voucher-only order, checked out in English, canceled: its value goes back, and the
      // citizen reads it once, in the order's language.
      const second = await createCart(api, shop, maria, [shop.eligibleVariant])
      await api.post(`/store/carts/${second}`, { locale: "en" }, { headers: maria.headers })
      await api.post(`/store/carts/${second}/vouchers`, { voucher_id: voucherId }, { headers: maria.headers })
      const { data: secondOrder } = await api.post(`/store/carts/${second}/complete`, {}, { headers: maria.headers })
      await api.post(`/admin/orders/${secondOrder.order.id}/cancel`, {}, operator)
      const canceled = await mailbox.mailsTo(MARIA, { subject: new RegExp(`Refund for order no\\. ${secondOrder.order.display_id}$`) })
      expect(canceled[0]?.text).toContain(`order no. ${secondOrder.order.display_id} was canceled`)
      expect(canceled[0].text).toMatch(/Returned to the voucher "Voucher domiciliarità 2026"\s+€40\.00/)
      await refundCanceledOrderVouchersWorkflow(getContainer()).run({ input: { order_id: secondOrder.order.id } })
      await getContainer().resolve(Modules.EVENT_BUS).emit({ name: "order.canceled", data: { id: secondOrder.order.id } })
      await new Promise((resolve) => setTimeout(resolve, 1500))
      expect(await mailbox.mailsTo(MARIA, { subject: new RegExp(`no\\. ${secondOrder.order.display_id}$`), ms: 0 })).toHaveLength(2)
    })

    it("sends a working reset link in the citizen's language, and nothing for an unknown e-mail", async () => {
      const unknown = await api.post("/auth/customer/emailpass/reset-password", { identifier: "nobody@example.org" })
      expect(unknown.status).toBe(201)

      const asked = await api.post("/auth/customer/emailpass/reset-password", { identifier: MARIA, metadata: { locale: "en" } })
      expect(asked.status).toBe(201)
      const [mail] = await mailbox.mailsTo(MARIA, { subject: /password/i })
      expect(mail?.subject).toBe("Reset your TradateWelfare password")
      const link = new URL(/https?:\/\/\S+reimposta-password\S+/.exec(mail.text)![0])
      expect(`${link.origin}${link.pathname}`).toBe(`${STOREFRONT}/en/account/reimposta-password`)
      expect(link.searchParams.get("email")).toBe(MARIA)
      const token = link.searchParams.get("token")!

      const newPassword = "NuovaPassword2026!"
      const updated = await api.post(
        "/auth/customer/emailpass/update",
        { password: newPassword },
        { headers: { authorization: `Bearer ${token}` } }
      )
      expect(updated.data).toEqual({ success: true })
      const login = await api.post("/auth/customer/emailpass", { email: MARIA, password: newPassword })
      expect(typeof login.data.token).toBe("string")
      expect((await settle(api.post("/auth/customer/emailpass", { email: MARIA, password: PASSWORD }))).status).toBe(401)
      // The link works once.
      const again = await settle(
        api.post("/auth/customer/emailpass/update", { password: "Ancora2026!x" }, { headers: { authorization: `Bearer ${token}` } })
      )
      expect(again.status).toBe(401)

      expect(mailbox.received.filter((m) => m.to.includes("nobody@example.org"))).toHaveLength(0)
    })

    it("sends at most five reset e-mails per address in the window, so nobody floods a citizen's mailbox", async () => {
      const email = "giuseppe.bianchi@example.org"
      await createCitizen(api, { headers: shop.headers }, {
        email,
        first_name: "Giuseppe",
        last_name: "Bianchi",
        codice_fiscale: codiceFiscaleFor(2, "Bianchi", "Giuseppe"),
        comune_id: tradateId,
        household_size: 1,
      })
      for (let i = 0; i < 5; i++) {
        expect((await api.post("/auth/customer/emailpass/reset-password", { identifier: email })).status).toBe(201)
      }
      const refused = await settle(api.post("/auth/customer/emailpass/reset-password", { identifier: email.toUpperCase() }))
      expect(refused.status).toBe(429)
      expect(await mailbox.mailsTo(email, { subject: /Reimposta/, count: 6, ms: 3000 })).toHaveLength(5)
      // Another citizen is not affected.
      expect((await api.post("/auth/customer/emailpass/reset-password", { identifier: MARIA })).status).toBe(201)
    })

    it("tells the citizen of a voucher assigned and of its expiry 30 and 7 days before", async () => {
      const voucherId = await assignVoucher(150, new Date(Date.now() + 20 * DAY))
      const [assigned] = await mailbox.mailsTo(MARIA, { subject: /voucher comunale/ })
      expect(assigned?.subject).toBe("Ti è stato assegnato un voucher comunale")
      expect(assigned.text).toContain('"Voucher domiciliarità 2026"')
      expect(assigned.text).toMatch(new RegExp(`Importo\\s+€${NBSP}150,00`))
      expect(assigned.text).toContain(`${STOREFRONT}/account/portafoglio`)

      const run = (now: Date) => processVoucherExpiryWorkflow(getContainer()).run({ input: { now } })
      await run(new Date())
      await run(new Date())
      await run(new Date(Date.now() + 14 * DAY))
      const reminders = await mailbox.mailsTo(MARIA, { subject: /scade/, count: 2 })
      expect(reminders.map((m) => m.subject).sort()).toEqual(["Il tuo voucher scade tra 20 giorni", "Il tuo voucher scade tra 6 giorni"])
      expect(reminders[0].text).toMatch(new RegExp(`Credito residuo\\s+€${NBSP}150,00`))
      expect(await voucherService(getContainer()).retrieveVoucher(voucherId)).toMatchObject({ reminders_sent: ["30", "7"] })
    })
  },
})
