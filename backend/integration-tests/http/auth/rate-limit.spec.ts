import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { httpError, registrationToken } from "../../helpers/actors"

jest.setTimeout(180000)

const PASSWORD = "Cittadino2026!"

/**
 * Medusa trusts one proxy hop, so each test speaks from its own address through
 * X-Forwarded-For and the per-address counters of one test never touch another's
 * (nor, with a shared Redis, those of an earlier run).
 */
let lastAddress = 0
const network = `10.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 256)}`
const newAddress = () => `${network}.${++lastAddress}`

medusaIntegrationTestRunner({
  testSuite: ({ api }) => {
    let seq = 0
    const newEmail = (label: string) => `${label}-${Date.now()}-${++seq}@example.org`

    const login = (email: string, password: string, address: string, acceptLanguage = "it") =>
      api
        .post("/auth/customer/emailpass", { email, password }, {
          headers: { "x-forwarded-for": address, "accept-language": acceptLanguage },
        })
        .catch(httpError)

    const register = (email: string, address: string) =>
      api
        .post("/auth/customer/emailpass/register", { email, password: PASSWORD }, {
          headers: { "x-forwarded-for": address },
        })
        .catch(httpError)

    /** An account with a password, made through the public registration route. */
    const newAccount = async (label: string) => {
      const email = newEmail(label)
      await registrationToken(api, email, PASSWORD)
      return email
    }

    describe("POST /auth/customer/emailpass", () => {
      it("answers 429 with Retry-After after 10 failed logins of one account, even to the right password", async () => {
        const email = await newAccount("anna")
        const address = newAddress()
        for (let i = 0; i < 10; i++) {
          const { status } = await login(email, "wrong-password", address)
          expect(status).toBe(401)
        }

        const blocked = await login(email, PASSWORD, address)
        expect(blocked.status).toBe(429)
        const retryAfter = Number(blocked.headers["retry-after"])
        expect(retryAfter).toBeGreaterThan(0)
        expect(retryAfter).toBeLessThanOrEqual(15 * 60)
        expect(blocked.data).toEqual({
          type: "too_many_requests",
          message: expect.stringMatching(/^Troppi tentativi\. .* riprova tra 15 minuti\.$/),
        })

        // From another address too: the account is what is protected.
        const elsewhere = await login(email, PASSWORD, newAddress(), "en")
        expect(elsewhere.status).toBe(429)
        expect(elsewhere.data.message).toMatch(/^Too many attempts\. .* try again in 15 minutes\.$/)
      })

      it("still lets another account log in from the address those failures came from", async () => {
        const victim = await newAccount("bruno")
        const other = await newAccount("carla")
        const address = newAddress()
        for (let i = 0; i < 11; i++) {
          await login(victim, "wrong-password", address)
        }
        expect((await login(victim, PASSWORD, address)).status).toBe(429)

        const ok = await login(other, PASSWORD, address)
        expect(ok.status).toBe(200)
        expect(typeof ok.data.token).toBe("string")
      })

      it("does not count successful logins", async () => {
        const email = await newAccount("dario")
        const address = newAddress()
        for (let i = 0; i < 12; i++) {
          expect((await login(email, PASSWORD, address)).status).toBe(200)
        }
      })

      it("answers 429 after 100 failed logins from one address, whatever the accounts", async () => {
        const address = newAddress()
        for (let i = 0; i < 100; i++) {
          const { status } = await login(newEmail("nobody"), "wrong-password", address)
          expect(status).toBe(401)
        }
        const email = await newAccount("elena")
        const blocked = await login(email, PASSWORD, address)
        expect(blocked.status).toBe(429)
        expect(Number(blocked.headers["retry-after"])).toBeGreaterThan(0)

        // The same account from elsewhere is fine: only that address is held back.
        expect((await login(email, PASSWORD, newAddress())).status).toBe(200)
      })
    })

    describe("POST /auth/user/emailpass", () => {
      it("limits failed operator logins per account too", async () => {
        const email = newEmail("operatore")
        const address = newAddress()
        for (let i = 0; i < 10; i++) {
          const { status } = await api
            .post("/auth/user/emailpass", { email, password: "wrong" }, { headers: { "x-forwarded-for": address } })
            .catch(httpError)
          expect(status).toBe(401)
        }
        const blocked = await api
          .post("/auth/user/emailpass", { email, password: "wrong" }, { headers: { "x-forwarded-for": address } })
          .catch(httpError)
        expect(blocked.status).toBe(429)
      })
    })

    describe("POST /auth/customer/emailpass/register", () => {
      it("answers 429 after 10 registration attempts for one e-mail", async () => {
        const email = newEmail("fabio")
        const address = newAddress()
        expect((await register(email, address)).status).toBe(200)
        for (let i = 0; i < 9; i++) {
          // Already registered: refused, and counted.
          expect((await register(email, address)).status).not.toBe(429)
        }
        const blocked = await register(email, newAddress())
        expect(blocked.status).toBe(429)
        expect(blocked.headers["retry-after"]).toBeDefined()
      })

      it("answers 429 after 100 registrations from one address", async () => {
        const address = newAddress()
        for (let i = 0; i < 100; i++) {
          expect((await register(newEmail("massa"), address)).status).toBe(200)
        }
        expect((await register(newEmail("massa"), address)).status).toBe(429)
        expect((await register(newEmail("altrove"), newAddress())).status).toBe(200)
      })
    })
  },
})
