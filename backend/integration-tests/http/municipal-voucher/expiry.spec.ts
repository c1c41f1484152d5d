import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { processVoucherExpiryWorkflow } from "@tradatewelfare/municipal-voucher/workflows"
import { createCitizen, createShop, eventually, grantVoucher, voucherService, voucherState } from "./fixtures"

jest.setTimeout(120000)

const DAY = 24 * 3600 * 1000

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    it("expires vouchers past their date once, and reminds 30 and 7 days before, once each", async () => {
      const container = getContainer()
      const service = voucherService(container)
      const shop = await createShop(container)
      const maria = await createCitizen(api, shop, "maria.rossi@example.org")
      const expiring = await grantVoucher(container, maria.id, 100)
      await service.updateVouchers({ id: expiring, valid_until: new Date(Date.now() + 20 * DAY) })

      const run = (now: Date) => processVoucherExpiryWorkflow(container).run({ input: { now } })
      await run(new Date())
      await run(new Date())
      await run(new Date(Date.now() + 14 * DAY))
      await run(new Date(Date.now() + 15 * DAY))

      // The plugin emits municipal_voucher.expiring; the notifications plugin writes the e-mail.
      const reminders = async () =>
        (await container.resolve(Modules.NOTIFICATION).listNotifications({ template: "voucher-expiring" })).map((n) => [
          n.to,
          n.channel,
          n.data?.days_left,
        ])
      await eventually(async () => (await reminders()).length >= 2)
      await new Promise((resolve) => setTimeout(resolve, 500))
      expect((await reminders()).sort()).toEqual([
        ["maria.rossi@example.org", "email", 20],
        ["maria.rossi@example.org", "email", 6],
      ])

      const { result } = await run(new Date(Date.now() + 21 * DAY))
      expect(result.expired).toEqual([expiring])
      await run(new Date(Date.now() + 22 * DAY))
      expect(await voucherState(container, expiring)).toMatchObject({
        balance: 0,
        sum: 0,
        status: "expired",
        kinds: ["expiry", "grant"],
      })

      // The system's reason reads in the citizen's language.
      const wallet = async (language: string) =>
        (await api.get("/store/vouchers", { headers: { ...maria.headers, "accept-language": language } })).data.vouchers[0]
      const expiryEntry = (voucher: { entries: { kind: string; reason: string }[] }) =>
        voucher.entries.find((e) => e.kind === "expiry")
      expect(expiryEntry(await wallet("it"))).toMatchObject({ reason: "Scadenza del voucher", reason_code: "voucher_expiry" })
      expect(expiryEntry(await wallet("en-GB,en;q=0.9"))).toMatchObject({ reason: "Voucher expired" })
    })
  },
})
