import path from "path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { ModulesSdkUtils } from "@medusajs/framework/utils"
import { MUNICIPAL_VOUCHER_MODULE } from ".."
import MunicipalVoucherModuleService from "../service"
import MunicipalVoucherProviderService from "../../../providers/municipal-voucher/service"

jest.setTimeout(60000)

const DAY = 24 * 3600 * 1000

moduleIntegrationTestRunner<MunicipalVoucherModuleService>({
  moduleName: MUNICIPAL_VOUCHER_MODULE,
  resolve: "./src/modules/municipal-voucher",
  // The shipped migrations, so CHECK (balance >= 0) and the unique idempotency key are tested as deployed.
  pathToMigrations: path.join(__dirname, "..", "migrations"),
  testSuite: ({ service, dbConfig }) => {
    const pg = ModulesSdkUtils.createPgConnection({ clientUrl: dbConfig.clientUrl, schema: dbConfig.schema })
    const provider = new MunicipalVoucherProviderService({ __pg_connection__: pg }, {})
    let voucherId: string

    afterAll(async () => {
      await pg.destroy()
    })

    beforeEach(async () => {
      const scheme = await service.createVoucherSchemes({
        name: "Voucher domiciliarità 2026",
        comuni: ["012127"],
        funding_source: "Piano di Zona",
        starts_at: new Date(Date.now() - DAY),
        ends_at: new Date(Date.now() + 365 * DAY),
        care_areas: ["silvercare"],
      })
      const [granted] = await service.grantVouchers([
        { scheme_id: scheme.id, customer_id: "cus_maria", amount: 100, idempotency_key: `grant:${scheme.id}` },
      ])
      voucherId = granted.voucher_id
    })

    const balance = async () => Number((await service.retrieveVoucher(voucherId)).balance)

    const initiate = (session: string, amount: number, customer = "cus_maria") =>
      provider.initiatePayment({
        amount,
        currency_code: "eur",
        data: { voucher_id: voucherId },
        context: { customer: { id: customer } as never, idempotency_key: session },
      })

    it("authorizes with a hold, captures once, refunds once per refund id, and reports truthfully", async () => {
      const { data } = await initiate("payses_1", 70)
      expect((await provider.getPaymentStatus({ data })).status).toBe("pending")

      await provider.authorizePayment({ data })
      await provider.authorizePayment({ data })
      expect(await balance()).toBe(30)
      expect((await provider.getPaymentStatus({ data })).status).toBe("authorized")

      // Without a capture of Medusa's to read the amount from, everything held is captured, once.
      // (Captures of part of the amount, keyed by Medusa's capture, are tested over HTTP:
      // backend/integration-tests/http/municipal-voucher/concurrency.spec.ts.)
      await provider.capturePayment({ data })
      await provider.capturePayment({ data })
      expect((await provider.getPaymentStatus({ data })).status).toBe("captured")

      await provider.refundPayment({ data, amount: 20, context: { idempotency_key: "ref_1" } })
      await provider.refundPayment({ data, amount: 20, context: { idempotency_key: "ref_1" } })
      expect(await balance()).toBe(50)
      await expect(
        provider.refundPayment({ data, amount: 60, context: { idempotency_key: "ref_2" } })
      ).rejects.toThrow("supera quanto pagato")

      const retrieved = await provider.retrievePayment({ data })
      expect(retrieved.data).toMatchObject({ ledger: { captured: 70, refunded: 20, outstanding: 0 } })
    })

    it("cancel releases the hold, once", async () => {
      const { data } = await initiate("payses_2", 40)
      await provider.authorizePayment({ data })
      await provider.cancelPayment({ data })
      await provider.cancelPayment({ data })
      expect(await balance()).toBe(100)
      expect((await provider.getPaymentStatus({ data })).status).toBe("canceled")
      await expect(provider.authorizePayment({ data })).rejects.toThrow("Non c'è alcun importo riservato")
      expect(await balance()).toBe(100)
    })

    it("refuses someone else's voucher and a hold beyond the balance", async () => {
      await expect(initiate("payses_3", 10, "cus_other")).rejects.toThrow("non è intestato a te")
      const { data } = await initiate("payses_4", 100.5)
      await expect(provider.authorizePayment({ data })).rejects.toThrow("non è sufficiente")
      expect(await balance()).toBe(100)
    })
  },
})
