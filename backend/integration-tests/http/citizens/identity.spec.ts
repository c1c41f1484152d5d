import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type CodiceFiscaleType from "codice-fiscale-js"
import {
  codiceFiscaleFor,
  createAdminUser,
  createCitizen,
  createComuni,
  createOperator,
  declaredFor,
  Headers,
  httpError,
  registrationToken,
} from "../../helpers/actors"
import { createAccreditedCooperative } from "../cooperatives/fixtures"
import { createShop, settle } from "../municipal-voucher/fixtures"

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { CodiceFiscale } = require("codice-fiscale-js") as { CodiceFiscale: typeof CodiceFiscaleType }

jest.setTimeout(180000)

const DAY = 24 * 3600 * 1000

/** Anna Neri, born in Tradate on 14 May 1972: the person whose code others might borrow. */
const ANNA = { first_name: "Anna", last_name: "Neri", sex: "F", date_of_birth: "1972-05-14" }
const ANNA_CF = CodiceFiscale.compute({
  name: "Anna",
  surname: "Neri",
  gender: "F",
  day: 14,
  month: 5,
  year: 1972,
  birthplace: "Tradate",
  birthplaceProvincia: "VA",
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Headers
    let comuni: Awaited<ReturnType<typeof createComuni>>

    const countRows = async () => {
      const container = getContainer()
      const customers = await container.resolve(Modules.CUSTOMER).listCustomers()
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: profiles } = await query.graph({ entity: "citizen_profile", fields: ["id"] })
      return { customers: customers.length, profiles: profiles.length }
    }

    const register = async (body: Record<string, unknown>, acceptLanguage?: string) => {
      const email = (body.email as string) ?? `someone-${Date.now()}-${Math.random()}@example.org`
      const token = await registrationToken(api, email)
      return api
        .post(
          "/store/citizens",
          { email, comune_id: comuni.tradate.id, household_size: 2, ...body },
          {
            headers: {
              ...store.headers,
              authorization: `Bearer ${token}`,
              ...(acceptLanguage && { "accept-language": acceptLanguage }),
            },
          }
        )
        .catch(httpError)
    }

    beforeEach(async () => {
      const container = getContainer()
      const shop = await createShop(container)
      store = { headers: shop.headers }
      comuni = await createComuni(container)
    })

    describe("registration checks the codice fiscale against the person", () => {
      it("refuses a valid code that is someone else's, naming what disagrees, and creates nothing", async () => {
        // Lucia Verdi with Anna Neri's code: surname and name disagree.
        const lucia = await register({ ...ANNA, first_name: "Lucia", last_name: "Verdi", codice_fiscale: ANNA_CF })
        expect(lucia.status).toBe(400)
        expect(lucia.data.errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([
          ["last_name", "codice_fiscale_surname_mismatch"],
          ["first_name", "codice_fiscale_name_mismatch"],
        ])
        expect(lucia.data.errors[0].message).toBe("Il cognome non corrisponde al codice fiscale: controlla il cognome e il codice.")

        const male = await register({ ...ANNA, sex: "M", codice_fiscale: ANNA_CF })
        expect(male.data.errors.map((e: { code: string }) => e.code)).toEqual(["codice_fiscale_sex_mismatch"])
        expect(male.data.message).toBe("Il sesso indicato non corrisponde al codice fiscale.")

        const born = await register({ ...ANNA, date_of_birth: "1972-05-15", codice_fiscale: ANNA_CF }, "en")
        expect(born.status).toBe(400)
        expect(born.data.errors).toEqual([
          {
            field: "date_of_birth",
            code: "codice_fiscale_birth_date_mismatch",
            message: "The date of birth does not match the codice fiscale: check day, month and year.",
          },
        ])

        // Without sex or date of birth the registration is not even considered.
        const { sex: _sex, ...withoutSex } = ANNA
        expect((await register({ ...withoutSex, codice_fiscale: ANNA_CF })).status).toBe(400)
        expect((await register({ ...ANNA, date_of_birth: "14/05/1972", codice_fiscale: ANNA_CF })).status).toBe(400)

        expect(await countRows()).toEqual({ customers: 0, profiles: 0 })

        // The check-only route speaks the same way and writes nothing.
        const checked = await api
          .post("/store/citizens/validate", { ...ANNA, first_name: "Lucia", codice_fiscale: ANNA_CF }, store)
          .catch(httpError)
        expect(checked.status).toBe(400)
        expect(checked.data.errors[0].code).toBe("codice_fiscale_name_mismatch")

        // Anna herself registers, the code typed in lower case.
        const anna = await register({ ...ANNA, email: "anna.neri@example.org", codice_fiscale: ANNA_CF.toLowerCase() })
        expect(anna.status).toBe(200)
        expect(anna.data.customer.citizen_profile).toEqual(
          expect.objectContaining({ codice_fiscale: ANNA_CF, sex: "F", date_of_birth: "1972-05-14" })
        )
        expect(await countRows()).toEqual({ customers: 1, profiles: 1 })
      })

      it("accepts an omocodia code, whose digits the Agenzia replaced with letters", async () => {
        const omocodie = new CodiceFiscale(ANNA_CF).omocodie() as string[]
        const code = omocodie[omocodie.length - 1]
        expect(code).not.toBe(ANNA_CF)
        const { status, data } = await register({ ...ANNA, email: "anna.omocodia@example.org", codice_fiscale: code })
        expect(status).toBe(200)
        expect(data.customer.citizen_profile.codice_fiscale).toBe(code)
      })

      it("answers a code already registered with the way forward and nothing about the other account", async () => {
        await register({ ...ANNA, email: "anna.first@example.org", phone: "0331 111111", codice_fiscale: ANNA_CF })

        const again = await register({ ...ANNA, email: "anna.second@example.org", codice_fiscale: ANNA_CF })
        expect(again.status).toBe(400)
        expect(again.data.errors.map((e: { code: string }) => e.code)).toEqual(["codice_fiscale_taken"])
        expect(again.data.message).toMatch(/Password dimenticata\?/)
        expect(again.data.message).toMatch(/Social Point/)
        const english = await register({ ...ANNA, email: "anna.third@example.org", codice_fiscale: ANNA_CF }, "en")
        expect(english.data.message).toMatch(/Forgot your password\?/)
        for (const answer of [again, english]) {
          const text = JSON.stringify(answer.data)
          for (const secret of ["anna.first", "example.org", "0331", "cus_", "citp_", "Tradate"]) {
            expect(text).not.toContain(secret)
          }
        }

        // Someone who does not know Anna's details does not even learn that her code is registered.
        const borrowed = await register({ ...ANNA, first_name: "Lucia", codice_fiscale: ANNA_CF })
        expect(borrowed.data.errors.map((e: { code: string }) => e.code)).toEqual(["codice_fiscale_name_mismatch"])

        expect(await countRows()).toEqual({ customers: 1, profiles: 1 })
      })
    })

    describe("changes of comune and household are requests an operator decides", () => {
      const scheme = (comuniCodes: string[]) => ({
        name: "Voucher Venegono 2026",
        comuni: comuniCodes,
        funding_source: "Fondo Nazionale Politiche Sociali",
        starts_at: new Date(Date.now() - DAY).toISOString(),
        ends_at: new Date(Date.now() + 365 * DAY).toISOString(),
        care_areas: ["silvercare"],
        max_per_citizen: 300,
      })

      it("keeps the verified comune until an operator approves, with the history kept", async () => {
        const container = getContainer()
        const operator = await createOperator(api, container)
        const maria = await createCitizen(api, store, {
          email: "maria@example.org",
          codice_fiscale: codiceFiscaleFor(30),
          comune_id: comuni.tradate.id,
          household_size: 2,
        })

        // The citizen asks to move to Venegono with a household of 3.
        const asked = await api.post(
          "/store/citizens/me",
          { comune_id: comuni.venegono.id, household_size: 3, note: "Trasloco a novembre" },
          maria.headers
        )
        expect(asked.status).toBe(202)
        expect(asked.data.change_request).toEqual(
          expect.objectContaining({
            status: "pending",
            requested_comune: expect.objectContaining({ name: "Venegono Superiore" }),
            requested_household_size: 3,
            previous_comune: expect.objectContaining({ name: "Tradate" }),
            previous_household_size: 2,
            note: "Trasloco a novembre",
          })
        )
        // The profile is unchanged, and shows the request as pending.
        const mine = await api.get("/store/citizens/me", maria.headers)
        expect(mine.data.citizen_profile).toEqual(
          expect.objectContaining({ household_size: 2, comune: expect.objectContaining({ name: "Tradate" }) })
        )
        expect(mine.data.pending_change_request).toEqual(expect.objectContaining({ id: asked.data.change_request.id }))

        // A second request while one waits is refused.
        const second = await api
          .post("/store/citizens/me/change-requests", { household_size: 4 }, maria.headers)
          .catch(httpError)
        expect(second.status).toBe(409)
        expect(second.data.message).toMatch(/già una richiesta di modifica in attesa/)

        // Voucher eligibility reads the verified comune: Venegono's scheme refuses her for now.
        const { data: created } = await api.post("/admin/voucher-schemes", scheme(["012137"]), operator)
        const assign = (key: string) =>
          settle(
            api.post(
              `/admin/voucher-schemes/${created.voucher_scheme.id}/vouchers`,
              { customer_id: maria.customer.id, amount: 50, idempotency_key: key },
              operator
            )
          )
        const before = await assign("identity-before")
        expect(before.status).toBe(400)
        expect(before.data.message).toBe("Il cittadino non risiede in un comune che finanzia questa misura.")

        // The operator's queue lists the request with the citizen; the operator approves.
        const queue = await api.get("/admin/citizen-change-requests", operator)
        expect(queue.data.change_requests).toEqual([
          expect.objectContaining({
            id: asked.data.change_request.id,
            status: "pending",
            customer: expect.objectContaining({ id: maria.customer.id, email: "maria@example.org" }),
          }),
        ])
        const approved = await api.post(
          `/admin/citizen-change-requests/${asked.data.change_request.id}/approve`,
          { reason: "Verificato con il certificato di residenza" },
          operator
        )
        expect(approved.data.change_request).toEqual(
          expect.objectContaining({
            status: "approved",
            decision_reason: "Verificato con il certificato di residenza",
            decided_at: expect.any(String),
            decided_by: expect.stringMatching(/^user_/),
          })
        )

        const afterApproval = await api.get("/store/citizens/me", maria.headers)
        expect(afterApproval.data.citizen_profile).toEqual(
          expect.objectContaining({ household_size: 3, comune: expect.objectContaining({ name: "Venegono Superiore" }) })
        )
        expect(afterApproval.data.pending_change_request).toBeNull()
        expect((await assign("identity-after")).status).toBe(201)

        // Deciding twice is refused; the queue is empty; the history keeps the decision.
        const twice = await api
          .post(`/admin/citizen-change-requests/${asked.data.change_request.id}/reject`, { reason: "No" }, operator)
          .catch(httpError)
        expect(twice.status).toBe(400)
        expect(twice.data.message).toBe("Questa richiesta è già stata esaminata.")
        expect((await api.get("/admin/citizen-change-requests", operator)).data.change_requests).toEqual([])
        const history = await api.get(`/admin/customers/${maria.customer.id}/citizen-change-requests`, operator)
        expect(history.data.change_requests).toEqual([
          expect.objectContaining({ status: "approved", previous_comune: expect.objectContaining({ name: "Tradate" }) }),
        ])

        // A rejection needs a reason, which the citizen reads; the profile stays as verified.
        const next = await api.post("/store/citizens/me/change-requests", { household_size: 6 }, maria.headers)
        const noReason = await api
          .post(`/admin/citizen-change-requests/${next.data.change_request.id}/reject`, {}, operator)
          .catch(httpError)
        expect(noReason.status).toBe(400)
        expect(noReason.data.message).toMatch(/Indica il motivo del rifiuto/)
        await api.post(
          `/admin/citizen-change-requests/${next.data.change_request.id}/reject`,
          { reason: "Stato di famiglia non aggiornato" },
          operator
        )
        const own = await api.get("/store/citizens/me/change-requests", maria.headers)
        expect(own.data.change_requests.map((r: { status: string }) => r.status)).toEqual(["rejected", "approved"])
        expect(own.data.change_requests[0].decision_reason).toBe("Stato di famiglia non aggiornato")
        expect(own.data.change_requests[0]).not.toHaveProperty("decided_by")
        expect((await api.get("/store/citizens/me", maria.headers)).data.citizen_profile.household_size).toBe(3)
      })

      it("refuses a request that changes nothing or names a comune outside the Ambito", async () => {
        const maria = await createCitizen(api, store, {
          email: "maria.same@example.org",
          codice_fiscale: codiceFiscaleFor(31),
          comune_id: comuni.tradate.id,
          household_size: 2,
        })
        const same = await api
          .post("/store/citizens/me", { comune_id: comuni.tradate.id, household_size: 2 }, maria.headers)
          .catch(httpError)
        expect(same.status).toBe(400)
        expect(same.data.message).toMatch(/non cambia nulla/)
        const outside = await api
          .post("/store/citizens/me", { comune_id: "com_milano" }, maria.headers)
          .catch(httpError)
        expect(outside.status).toBe(400)
        expect(outside.data.errors[0].code).toBe("comune_not_in_ambito")
        expect((await api.get("/store/citizens/me/change-requests", maria.headers)).data.change_requests).toEqual([])
      })

      it("shows each citizen only their own requests and keeps cooperative members out", async () => {
        const container = getContainer()
        const maria = await createCitizen(api, store, {
          email: "maria.own@example.org",
          codice_fiscale: codiceFiscaleFor(32),
          comune_id: comuni.tradate.id,
          household_size: 2,
        })
        const giuseppe = await createCitizen(api, store, {
          email: "giuseppe.own@example.org",
          first_name: "Giuseppe",
          last_name: "Bianchi",
          codice_fiscale: codiceFiscaleFor(33, "Bianchi", "Giuseppe"),
          comune_id: comuni.venegono.id,
          household_size: 1,
        })
        const { data } = await api.post("/store/citizens/me", { household_size: 5 }, maria.headers)
        expect((await api.get("/store/citizens/me/change-requests", giuseppe.headers)).data.change_requests).toEqual([])
        expect((await api.get("/store/citizens/me", giuseppe.headers)).data.pending_change_request).toBeNull()
        // Citizens cannot reach the operators' routes.
        const citizenAsOperator = await api
          .post(`/admin/citizen-change-requests/${data.change_request.id}/approve`, {}, giuseppe.headers)
          .catch(httpError)
        expect(citizenAsOperator.status).toBe(401)

        const coop = await createAccreditedCooperative(container, 0)
        const member = await createAdminUser(api, container, "cooperative_owner", { type: "cooperative", id: coop.id })
        for (const [method, url] of [
          ["get", "/admin/citizen-change-requests"],
          ["get", `/admin/customers/${maria.customer.id}/citizen-change-requests`],
          ["post", `/admin/citizen-change-requests/${data.change_request.id}/approve`],
          ["post", `/admin/citizen-change-requests/${data.change_request.id}/reject`],
        ] as const) {
          const answer =
            method === "get"
              ? await api.get(url, member).catch(httpError)
              : await api.post(url, { reason: "x" }, member).catch(httpError)
          expect([url, answer.status]).toEqual([url, 403])
        }
        // Nothing was decided by the refused calls.
        const admin = await createAdminUser(api, container, "platform_admin")
        const queue = await api.get("/admin/citizen-change-requests", admin)
        expect(queue.data.change_requests).toEqual([expect.objectContaining({ status: "pending" })])
      })
    })
  },
})
