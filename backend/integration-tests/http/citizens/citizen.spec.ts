import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  codiceFiscaleFor,
  createCitizen,
  createComuni,
  createStoreHeaders,
  declaredFor,
  Headers,
  httpError,
  registrationToken,
} from "../../helpers/actors"

jest.setTimeout(120000)

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

    /** Posts a registration and returns the HTTP answer, success or not. */
    const register = async (body: Record<string, unknown>, acceptLanguage?: string) => {
      const token = await registrationToken(api, body.email as string)
      // The person the code encodes, when it encodes one; a bad code gets a plausible person.
      let declared: Record<string, string> = { sex: "F", date_of_birth: "1980-01-01" }
      try {
        declared = declaredFor(body.codice_fiscale as string)
      } catch {
        // not a code the library can read
      }
      return api
        .post("/store/citizens", { first_name: "Maria", last_name: "Rossi", ...declared, ...body }, {
          headers: {
            ...store.headers,
            authorization: `Bearer ${token}`,
            ...(acceptLanguage && { "accept-language": acceptLanguage }),
          },
        })
        .catch(httpError)
    }

    beforeEach(async () => {
      store = await createStoreHeaders(getContainer())
      comuni = await createComuni(getContainer())
    })

    describe("GET /store/comuni", () => {
      it("lists the comuni of the Ambito in alphabetical order", async () => {
        const { status, data } = await api.get("/store/comuni", store)
        expect(status).toBe(200)
        expect(data.comuni.map((c: { name: string }) => c.name)).toEqual([
          "Tradate",
          "Venegono Superiore",
        ])
        expect(data.comuni[0]).toEqual({
          id: comuni.tradate.id,
          istat_code: "012127",
          name: "Tradate",
          province: "VA",
        })
      })
    })

    describe("POST /store/citizens/validate", () => {
      it("accepts a good profile and writes nothing", async () => {
        const { status, data } = await api.post(
          "/store/citizens/validate",
          { codice_fiscale: codiceFiscaleFor(1), comune_id: comuni.tradate.id, household_size: 3 },
          store
        )
        expect(status).toBe(200)
        expect(data).toEqual({ valid: true })
        expect(await countRows()).toEqual({ customers: 0, profiles: 0 })
      })

      it("names every broken field with an Italian message", async () => {
        const { status, data } = await api
          .post(
            "/store/citizens/validate",
            { codice_fiscale: "RSSMRA85C52L319X", comune_id: "com_milano", household_size: 40 },
            store
          )
          .catch(httpError)
        expect(status).toBe(400)
        expect(data.errors).toEqual(
          expect.arrayContaining([
            expect.objectContaining({ field: "codice_fiscale", code: "codice_fiscale_invalid", message: expect.stringMatching(/non è valido/) }),
            expect.objectContaining({ field: "comune_id", code: "comune_not_in_ambito" }),
            expect.objectContaining({ field: "household_size", code: "household_size_out_of_range" }),
          ])
        )
      })
    })

    describe("POST /store/citizens (registration)", () => {
      it("creates the customer and the profile together", async () => {
        const cf = codiceFiscaleFor(2)
        const { status, data } = await register({
          email: "anna@example.org",
          codice_fiscale: cf.toLowerCase(),
          comune_id: comuni.venegono.id,
          household_size: 2,
        })
        expect(status).toBe(200)
        expect(data.customer).toEqual(
          expect.objectContaining({
            email: "anna@example.org",
            citizen_profile: expect.objectContaining({
              codice_fiscale: cf,
              household_size: 2,
              comune: expect.objectContaining({ name: "Venegono Superiore" }),
            }),
          })
        )
      })

      it.each([
        ["an invalid codice fiscale", { codice_fiscale: "RSSMRA85C52L319X" }, "codice_fiscale_invalid"],
        ["a comune outside the Ambito", { comune_id: "com_01NOTINAMBITO" }, "comune_not_in_ambito"],
        ["a household of 0", { household_size: 0 }, "household_size_out_of_range"],
        ["a household of 40", { household_size: 40 }, "household_size_out_of_range"],
      ])("refuses %s and creates nothing", async (_label, override, code) => {
        const { status, data } = await register({
          email: "bad@example.org",
          codice_fiscale: codiceFiscaleFor(3),
          comune_id: comuni.tradate.id,
          household_size: 3,
          ...override,
        })
        expect(status).toBe(400)
        expect(data.errors.map((e: { code: string }) => e.code)).toEqual([code])
        expect(await countRows()).toEqual({ customers: 0, profiles: 0 })
      })

      it("answers in English when asked", async () => {
        const { status, data } = await register(
          { email: "en@example.org", codice_fiscale: "XYZ", comune_id: comuni.tradate.id, household_size: 1 },
          "en-GB,en;q=0.9"
        )
        expect(status).toBe(400)
        expect(data.message).toMatch(/codice fiscale is not valid/)
      })

      it("refuses a non-numeric household and unknown fields", async () => {
        const notNumber = await register({
          email: "nan@example.org",
          codice_fiscale: codiceFiscaleFor(4),
          comune_id: comuni.tradate.id,
          household_size: "tre",
        })
        expect(notNumber.status).toBe(400)
        const extra = await register({
          email: "extra@example.org",
          codice_fiscale: codiceFiscaleFor(4),
          comune_id: comuni.tradate.id,
          household_size: 3,
          customer_id: "cus_someone_else",
        })
        expect(extra.status).toBe(400)
        expect(await countRows()).toEqual({ customers: 0, profiles: 0 })
      })

      it("refuses a codice fiscale that is already registered", async () => {
        const cf = codiceFiscaleFor(5)
        await createCitizen(api, store, { email: "first@example.org", codice_fiscale: cf, comune_id: comuni.tradate.id, household_size: 1 })
        const { status, data } = await register({
          email: "second@example.org",
          codice_fiscale: cf,
          comune_id: comuni.tradate.id,
          household_size: 1,
        })
        expect(status).toBe(400)
        expect(data.errors[0].code).toBe("codice_fiscale_taken")
        expect(await countRows()).toEqual({ customers: 1, profiles: 1 })
      })

      it("leaves no half-registered customer when two people race for one codice fiscale", async () => {
        const cf = codiceFiscaleFor(6)
        const answers = await Promise.all(
          [1, 2, 3, 4].map((i) =>
            register({ email: `race${i}@example.org`, codice_fiscale: cf, comune_id: comuni.tradate.id, household_size: 2 })
          )
        )
        expect(answers.filter((a) => a.status === 200)).toHaveLength(1)
        // The losers' customers were created, then undone by the workflow's compensation.
        expect(await countRows()).toEqual({ customers: 1, profiles: 1 })
      })

      it("refuses to register an identity twice", async () => {
        const citizen = await createCitizen(api, store, {
          email: "twice@example.org",
          codice_fiscale: codiceFiscaleFor(7),
          comune_id: comuni.tradate.id,
          household_size: 1,
        })
        const again = await api
          .post(
            "/store/citizens",
            { email: "twice@example.org", first_name: "Maria", last_name: "Rossi", ...declaredFor(codiceFiscaleFor(8)), codice_fiscale: codiceFiscaleFor(8), comune_id: comuni.tradate.id, household_size: 1 },
            citizen.headers
          )
          .catch(httpError)
        expect(again.status).toBe(400)
        expect(again.data.message).toBe("Questo account è già registrato come cittadino.")
        expect(await countRows()).toEqual({ customers: 1, profiles: 1 })
      })

      it("requires a registration token", async () => {
        const { status } = await api
          .post("/store/citizens", { email: "x@example.org", first_name: "A", last_name: "B" }, store)
          .catch(httpError)
        expect(status).toBe(401)
      })
    })

    describe("/store/citizens/me", () => {
      it("shows only the caller's own profile and never lets the citizen edit it directly", async () => {
        const maria = await createCitizen(api, store, {
          email: "maria@example.org",
          codice_fiscale: codiceFiscaleFor(10),
          comune_id: comuni.tradate.id,
          household_size: 3,
        })
        const giuseppeCf = codiceFiscaleFor(11)
        await createCitizen(api, store, {
          email: "giuseppe@example.org",
          codice_fiscale: giuseppeCf,
          comune_id: comuni.venegono.id,
          household_size: 1,
        })

        const own = await api.get("/store/citizens/me", maria.headers)
        expect(own.data.citizen_profile).toEqual(
          expect.objectContaining({ codice_fiscale: codiceFiscaleFor(10), ...declaredFor(codiceFiscaleFor(10)) })
        )
        expect(own.data.pending_change_request).toBeNull()

        // Another's codice fiscale, or her own name: refused in words, nothing changes.
        for (const body of [{ codice_fiscale: giuseppeCf, household_size: 5 }, { first_name: "Giuseppe" }, { sex: "M" }]) {
          const refused = await api.post("/store/citizens/me", body, maria.headers).catch(httpError)
          expect(refused.status).toBe(400)
          expect(refused.data.errors[0].code).toBe("identity_locked")
        }
        const renamed = await api.post("/store/customers/me", { last_name: "Bianchi" }, maria.headers).catch(httpError)
        expect(renamed.status).toBe(400)
        expect(renamed.data.message).toMatch(/non si possono modificare/)
        const after = await api.get("/store/citizens/me", maria.headers)
        expect(after.data.citizen_profile).toEqual(
          expect.objectContaining({ codice_fiscale: codiceFiscaleFor(10), household_size: 3 })
        )
        expect(after.data.pending_change_request).toBeNull()

        // An id in the body cannot redirect the write to another customer.
        const redirected = await api
          .post("/store/citizens/me", { customer_id: "cus_other", household_size: 2 }, maria.headers)
          .catch(httpError)
        expect(redirected.status).toBe(400)
      })

      it("refuses anonymous callers", async () => {
        const read = await api.get("/store/citizens/me", store).catch(httpError)
        expect(read.status).toBe(401)
        const write = await api.post("/store/citizens/me", { household_size: 2 }, store).catch(httpError)
        expect(write.status).toBe(401)
      })

      it("keeps citizens out of the operators' routes", async () => {
        const maria = await createCitizen(api, store, {
          email: "nosy@example.org",
          codice_fiscale: codiceFiscaleFor(12),
          comune_id: comuni.tradate.id,
          household_size: 3,
        })
        const { status } = await api
          .get(`/admin/customers/${maria.customer.id}/citizen-profile`, maria.headers)
          .catch(httpError)
        expect(status).toBe(401)
      })
    })
  },
})
