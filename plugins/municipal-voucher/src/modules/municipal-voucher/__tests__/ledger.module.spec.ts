import path from "path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { MUNICIPAL_VOUCHER_MODULE } from ".."
import MunicipalVoucherModuleService from "../service"

jest.setTimeout(60000)

const DAY = 24 * 3600 * 1000

moduleIntegrationTestRunner<MunicipalVoucherModuleService>({
  moduleName: MUNICIPAL_VOUCHER_MODULE,
  resolve: "./src/modules/municipal-voucher",
  // The shipped migrations, so CHECK (balance >= 0) and the unique idempotency key are tested as deployed.
  pathToMigrations: path.join(__dirname, "..", "migrations"),
  testSuite: ({ service }) => {
    let schemeId: string
    let seq = 0
    const key = (name: string) => `${name}-${++seq}`

    beforeEach(async () => {
      const scheme = await service.createVoucherSchemes({
        name: "Voucher domiciliarità 2026",
        comuni: ["012127"],
        funding_source: "Fondo Nazionale Politiche Sociali",
        starts_at: new Date(Date.now() - DAY),
        ends_at: new Date(Date.now() + 365 * DAY),
        care_areas: ["silvercare", "familycare"],
        max_per_citizen: 500,
      })
      schemeId = scheme.id
    })

    async function newVoucher(amount = 100, customer = "cus_maria") {
      const [granted] = await service.grantVouchers([
        { scheme_id: schemeId, customer_id: customer, amount, idempotency_key: key("grant"), actor_id: "user_op" },
      ])
      return granted.voucher_id
    }

    async function balanceAndLedger(voucherId: string) {
      const voucher = await service.retrieveVoucher(voucherId)
      const entries = await service.listVoucherLedgerEntries({ voucher_id: voucherId })
      const sum = entries.reduce((total, e) => total + Math.round(Number(e.amount) * 100), 0) / 100
      return { balance: Number(voucher.balance), sum, status: voucher.status, entries }
    }

    it("grants value with a grant entry, and refuses more than the per-citizen maximum", async () => {
      const id = await newVoucher(300)
      const state = await balanceAndLedger(id)
      expect(state).toMatchObject({ balance: 300, sum: 300, status: "active" })
      expect(state.entries.map((e) => e.kind)).toEqual(["grant"])

      await expect(
        service.grantVouchers([{ scheme_id: schemeId, customer_id: "cus_maria", amount: 250, idempotency_key: key("g") }])
      ).rejects.toThrow("massimo")
    })

    it("holds, captures, refunds; replays move nothing twice", async () => {
      const id = await newVoucher(100)
      const held = await service.holdValue({ voucher_id: id, amount: 60, reference: "cart_1", idempotency_key: "hold:cart_1" })
      const again = await service.holdValue({ voucher_id: id, amount: 60, reference: "cart_1", idempotency_key: "hold:cart_1" })
      expect(again).toMatchObject({ replayed: true, entry: { id: held.entry.id } })

      await service.captureValue({ voucher_id: id, reference: "cart_1", idempotency_key: "capture:cart_1" })
      const captureAgain = await service.captureValue({ voucher_id: id, reference: "cart_1", idempotency_key: "capture:cart_1" })
      expect(captureAgain!.replayed).toBe(true)
      expect(await balanceAndLedger(id)).toMatchObject({ balance: 40, sum: 40 })

      await service.refundValue({ voucher_id: id, reference: "cart_1", amount: 25, idempotency_key: "refund:1" })
      await service.refundValue({ voucher_id: id, reference: "cart_1", amount: 25, idempotency_key: "refund:1" })
      expect(await balanceAndLedger(id)).toMatchObject({ balance: 65, sum: 65 })

      await expect(
        service.refundValue({ voucher_id: id, reference: "cart_1", amount: 40, idempotency_key: "refund:2" })
      ).rejects.toThrow("supera quanto pagato")
      const state = await balanceAndLedger(id)
      expect(state.entries.map((e) => e.kind).sort()).toEqual(["capture", "grant", "hold", "refund"])
    })

    it("releases a hold once and refuses to capture what was released", async () => {
      const id = await newVoucher(100)
      await service.holdValue({ voucher_id: id, amount: 100, reference: "cart_2", idempotency_key: "hold:cart_2" })
      expect(await balanceAndLedger(id)).toMatchObject({ balance: 0, status: "exhausted" })

      await service.releaseValue({ voucher_id: id, reference: "cart_2", idempotency_key: "release:cart_2" })
      const second = await service.releaseValue({ voucher_id: id, reference: "cart_2", idempotency_key: "release:cart_2b" })
      expect(second).toBeNull()
      expect(await balanceAndLedger(id)).toMatchObject({ balance: 100, sum: 100, status: "active" })

      await expect(
        service.captureValue({ voucher_id: id, reference: "cart_2", idempotency_key: "capture:cart_2" })
      ).rejects.toThrow("Non c'è alcun importo riservato")
    })

    it("refuses holds: not enough balance, someone else's, suspended, expired, bad amounts", async () => {
      const id = await newVoucher(50)
      const hold = (amount: number, extra = {}) =>
        service.holdValue({ voucher_id: id, amount, reference: key("cart"), idempotency_key: key("hold"), ...extra })

      await expect(hold(50.01)).rejects.toThrow("saldo del voucher non è sufficiente")
      await expect(hold(10, { locale: "en" })).resolves.toBeTruthy()
      await expect(hold(41, { locale: "en" })).rejects.toThrow("balance is not enough")
      await expect(hold(1, { customer_id: "cus_other" })).rejects.toThrow("non è intestato a te")
      await expect(hold(-5)).rejects.toThrow("numero positivo")
      await expect(hold(1.005)).rejects.toThrow("numero positivo")
      await expect(hold(Number("abc"))).rejects.toThrow("numero positivo")

      await service.updateVouchers({ id, status: "suspended" })
      await expect(hold(1)).rejects.toThrow("sospeso")
      await service.updateVouchers({ id, status: "active", valid_until: new Date(Date.now() - 1000) })
      await expect(hold(1)).rejects.toThrow("scaduto")

      expect(await balanceAndLedger(id)).toMatchObject({ balance: 40, sum: 40 })
    })

    it("adjusts with reason and actor, never below zero", async () => {
      const id = await newVoucher(30)
      await service.adjustValue({ voucher_id: id, amount: -10, reason: "Errore di assegnazione", actor_id: "user_op", idempotency_key: "adj:1" })
      await service.adjustValue({ voucher_id: id, amount: -10, reason: "Errore di assegnazione", actor_id: "user_op", idempotency_key: "adj:1" })
      await expect(
        service.adjustValue({ voucher_id: id, amount: -25, reason: "Troppo", actor_id: "user_op", idempotency_key: "adj:2" })
      ).rejects.toThrow("non è sufficiente")
      await expect(
        service.adjustValue({ voucher_id: id, amount: 5, reason: "  ", actor_id: "user_op", idempotency_key: "adj:3" })
      ).rejects.toThrow("motivazione")
      const state = await balanceAndLedger(id)
      expect(state).toMatchObject({ balance: 20, sum: 20 })
      expect(state.entries.find((e) => e.kind === "adjustment")).toMatchObject({
        actor_id: "user_op",
        reason: "Errore di assegnazione",
      })
    })

    it("expires once, writing off the rest", async () => {
      const id = await newVoucher(80)
      await service.expireVoucher(id)
      const again = await service.expireVoucher(id)
      expect(again!.replayed).toBe(true)
      expect(await balanceAndLedger(id)).toMatchObject({ balance: 0, sum: 0, status: "expired" })
    })

    it("value refunded to an expired voucher is written off again at once", async () => {
      const id = await newVoucher(80)
      await service.holdValue({ voucher_id: id, amount: 50, reference: "cart_late", idempotency_key: "hold:cart_late" })
      await service.captureValue({ voucher_id: id, reference: "cart_late", idempotency_key: "capture:cart_late" })
      await service.expireVoucher(id)
      await service.refundValue({ voucher_id: id, reference: "cart_late", amount: 50, idempotency_key: "refund:late" })
      const state = await balanceAndLedger(id)
      expect(state).toMatchObject({ balance: 0, sum: 0, status: "expired" })
      expect(state.entries.filter((e) => e.kind === "expiry")).toHaveLength(2)
    })

    it("the database itself refuses a negative balance", async () => {
      const id = await newVoucher(10)
      await expect(service.updateVouchers({ id, balance: -1 })).rejects.toThrow(/voucher_balance_not_negative/)
    })

    it("50 concurrent holds on a voucher that covers one: exactly one succeeds", async () => {
      const id = await newVoucher(40)
      const results = await Promise.allSettled(
        Array.from({ length: 50 }, (_, i) =>
          service.holdValue({ voucher_id: id, amount: 40, reference: `cart_race_${i}`, idempotency_key: `hold:race:${i}` })
        )
      )
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1)
      expect(await balanceAndLedger(id)).toMatchObject({ balance: 0, sum: 0 })
    })

    it("concurrent retries of one capture and one refund move value once", async () => {
      const id = await newVoucher(100)
      await service.holdValue({ voucher_id: id, amount: 100, reference: "pay_1", idempotency_key: "hold:pay_1" })
      await Promise.all(
        Array.from({ length: 10 }, () =>
          service.captureValue({ voucher_id: id, reference: "pay_1", idempotency_key: "capture:pay_1" })
        )
      )
      await Promise.all(
        Array.from({ length: 10 }, () =>
          service.refundValue({ voucher_id: id, reference: "pay_1", amount: 30, idempotency_key: "refund:pay_1" })
        )
      )
      const state = await balanceAndLedger(id)
      expect(state).toMatchObject({ balance: 30, sum: 30 })
      expect(state.entries.filter((e) => e.kind === "capture")).toHaveLength(1)
      expect(state.entries.filter((e) => e.kind === "refund")).toHaveLength(1)
    })

    it("holds once per cart and voucher: a retry replays, a released hold is taken anew, a changed amount replaces it", async () => {
      const id = await newVoucher(100)
      const first = await service.holdForReference({ voucher_id: id, amount: 40, reference: "cart_a" })
      const retry = await service.holdForReference({ voucher_id: id, amount: 40, reference: "cart_a" })
      expect(retry).toMatchObject({ replayed: true, entry: { id: first.entry.id } })
      expect(await service.listOutstandingHolds("cart_a")).toEqual([{ voucher_id: id, amount: 40 }])

      // A failed completion released it: the next completion holds again.
      await service.releaseValue({ voucher_id: id, reference: "cart_a", idempotency_key: `release:${first.entry.idempotency_key}` })
      const second = await service.holdForReference({ voucher_id: id, amount: 40, reference: "cart_a" })
      expect(second.replayed).toBe(false)
      // A crash left a hold of another amount: it is released and the new amount held.
      await service.holdForReference({ voucher_id: id, amount: 25, reference: "cart_a" })
      expect(await service.listOutstandingHolds("cart_a")).toEqual([{ voucher_id: id, amount: 25 }])
      const state = await balanceAndLedger(id)
      expect(state).toMatchObject({ balance: 75, sum: 75 })
      expect(state.entries.map((e) => e.kind).sort()).toEqual(["grant", "hold", "hold", "hold", "release", "release"])
    })

    it("refuses to hold a voucher of a scheme that has not started or is closed", async () => {
      const id = await newVoucher(100)
      await service.updateVoucherSchemes({ id: schemeId, starts_at: new Date(Date.now() + DAY) })
      await expect(service.holdForReference({ voucher_id: id, amount: 10, reference: "cart_b" })).rejects.toThrow(
        "non è ancora iniziata"
      )
      await service.updateVoucherSchemes({ id: schemeId, starts_at: new Date(Date.now() - DAY), status: "closed" })
      await expect(service.holdForReference({ voucher_id: id, amount: 10, reference: "cart_b" })).rejects.toThrow("è chiusa")
      expect(await balanceAndLedger(id)).toMatchObject({ balance: 100, sum: 100 })
    })

    it("reverses a refund exactly, and the same key then refunds again", async () => {
      const id = await newVoucher(100)
      await service.holdForReference({ voucher_id: id, amount: 60, reference: "cart_c" })
      await service.captureValue({ voucher_id: id, reference: "cart_c", idempotency_key: "capture:cart_c" })
      await service.refundValue({ voucher_id: id, reference: "cart_c", amount: 20, idempotency_key: "line-refund:k1:v" })
      expect(await balanceAndLedger(id)).toMatchObject({ balance: 60, sum: 60 })

      const reversed = await service.reverseRefund({ voucher_id: id, idempotency_key: "line-refund:k1:v", reason_code: "refund_reversed" })
      expect(reversed?.entry).toMatchObject({ kind: "reversal", amount: -20 })
      expect(await balanceAndLedger(id)).toMatchObject({ balance: 40, sum: 40 })
      // Nothing left standing to reverse.
      expect(await service.reverseRefund({ voucher_id: id, idempotency_key: "line-refund:k1:v", reason_code: "refund_reversed" })).toBeNull()

      const retried = await service.refundValue({ voucher_id: id, reference: "cart_c", amount: 20, idempotency_key: "line-refund:k1:v" })
      expect(retried).toMatchObject({ replayed: false, entry: { idempotency_key: "line-refund:k1:v#2" } })
      const replay = await service.refundValue({ voucher_id: id, reference: "cart_c", amount: 20, idempotency_key: "line-refund:k1:v" })
      expect(replay).toMatchObject({ replayed: true, entry: { id: retried.entry.id } })
      // The reversed refund does not count: 60 captured, 20 refunded, 40 still refundable.
      await expect(
        service.refundValue({ voucher_id: id, reference: "cart_c", amount: 41, idempotency_key: "line-refund:k2:v" })
      ).rejects.toThrow("Il rimborso supera quanto pagato con il voucher.")
      expect(await balanceAndLedger(id)).toMatchObject({ balance: 60, sum: 60 })
    })

    it("concurrent grants with one key grant once; the key with another amount is a conflict", async () => {
      const grant = (amount: number) =>
        service.grantVouchers([{ scheme_id: schemeId, customer_id: "cus_luca", amount, idempotency_key: "grant:same" }])
      const results = await Promise.all(Array.from({ length: 8 }, () => grant(50)))
      expect(new Set(results.map(([r]) => r.voucher_id)).size).toBe(1)
      expect(await service.listVouchers({ customer_id: "cus_luca" })).toHaveLength(1)
      await expect(grant(60)).rejects.toMatchObject({ type: "conflict" })
    })

    it("grants 20,000 vouchers in one all-or-nothing call, and a replay grants none", async () => {
      const rows = Array.from({ length: 20000 }, (_, i) => ({
        scheme_id: schemeId,
        customer_id: `cus_${i}`,
        amount: 150,
        idempotency_key: `import:big:${i}`,
      }))
      const started = Date.now()
      const results = await service.grantVouchers(rows)
      console.info(`20,000 grants in ${Date.now() - started} ms`)
      expect(results).toHaveLength(20000)
      expect(results.every((r) => !r.replayed && r.entry.kind === "grant")).toBe(true)
      expect(await service.listVouchers({ scheme_id: schemeId }, { take: 1 })).toHaveLength(1)
      const [, count] = await service.listAndCountVoucherLedgerEntries({ kind: "grant", idempotency_key: rows.map((r) => r.idempotency_key) }, { take: 1 })
      expect(count).toBe(20000)

      const replay = await service.grantVouchers(rows.slice(0, 100))
      expect(replay.every((r) => r.replayed)).toBe(true)
      // One bad row (over the maximum) and nothing of the file is written.
      await expect(
        service.grantVouchers([
          { scheme_id: schemeId, customer_id: "cus_new_1", amount: 100, idempotency_key: "import:bad:1" },
          { scheme_id: schemeId, customer_id: "cus_new_1", amount: 450, idempotency_key: "import:bad:2" },
        ])
      ).rejects.toThrow("massimo")
      expect(await service.listVouchers({ customer_id: "cus_new_1" })).toHaveLength(0)
    })
  },
})
