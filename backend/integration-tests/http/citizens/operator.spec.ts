import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  codiceFiscaleFor,
  createCitizen,
  createComuni,
  createOperator,
  createStoreHeaders,
  httpError,
} from "../../helpers/actors"

jest.setTimeout(120000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    it("lets an operator read and correct a citizen's profile, validated like the citizen's own", async () => {
      const container = getContainer()
      const store = await createStoreHeaders(container)
      const comuni = await createComuni(container)
      const operator = await createOperator(api, container)
      const citizen = await createCitizen(api, store, {
        email: "desk@example.org",
        codice_fiscale: codiceFiscaleFor(20),
        comune_id: comuni.tradate.id,
        household_size: 2,
      })
      const url = `/admin/customers/${citizen.customer.id}/citizen-profile`

      const read = await api.get(url, operator)
      expect(read.data.citizen_profile).toEqual(
        expect.objectContaining({ codice_fiscale: codiceFiscaleFor(20), household_size: 2 })
      )

      const bad = await api.post(url, { comune_id: "com_elsewhere" }, operator).catch(httpError)
      expect(bad.status).toBe(400)
      expect(bad.data.errors[0].code).toBe("comune_not_in_ambito")

      const fixed = await api.post(url, { household_size: 5 }, operator)
      expect(fixed.data.citizen_profile).toEqual(
        expect.objectContaining({ household_size: 5, comune: expect.objectContaining({ name: "Tradate" }) })
      )

      const comuniList = await api.get("/admin/comuni", operator)
      expect(comuniList.data.comuni).toHaveLength(2)
    })

    it("answers 404 for an unknown customer and 401 without a login", async () => {
      const operator = await createOperator(api, getContainer())
      const missing = await api
        .get("/admin/customers/cus_missing/citizen-profile", operator)
        .catch(httpError)
      expect(missing.status).toBe(404)
      const anonymous = await api
        .get("/admin/customers/cus_missing/citizen-profile")
        .catch(httpError)
      expect(anonymous.status).toBe(401)
    })
  },
})
