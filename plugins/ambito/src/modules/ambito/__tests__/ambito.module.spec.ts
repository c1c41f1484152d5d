import path from "path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { AMBITO_MODULE } from ".."
import AmbitoModuleService from "../service"

jest.setTimeout(60000)

moduleIntegrationTestRunner<AmbitoModuleService>({
  moduleName: AMBITO_MODULE,
  resolve: path.join(__dirname, ".."),
  // The real migrations, so the database constraints under test are the ones that ship.
  pathToMigrations: path.join(__dirname, "..", "migrations"),
  testSuite: ({ service }) => {
    let tradateId: string

    beforeEach(async () => {
      const tradate = await service.createComunes({
        istat_code: "012127",
        name: "Tradate",
        province: "VA",
      })
      tradateId = tradate.id
    })

    it("keeps at most one pending change request per profile, and lets only one decision win", async () => {
      const profile = await service.createCitizenProfiles({
        codice_fiscale: "RSSMRA85C52L319H",
        household_size: 3,
        comune_id: tradateId,
      })
      const request = {
        profile_id: profile.id,
        requested_household_size: 4,
        previous_comune_id: tradateId,
        previous_household_size: 3,
        requested_by: "cus_1",
      }
      const first = await service.createCitizenProfileChangeRequests(request)
      expect(first.status).toBe("pending")
      await expect(service.createCitizenProfileChangeRequests(request)).rejects.toThrow()
      await expect(
        service.createCitizenProfileChangeRequests({ ...request, requested_household_size: 40 })
      ).rejects.toThrow()

      // Two operators at once: exactly one claims the request.
      const claims = await Promise.all(
        ["user_a", "user_b"].map((user) =>
          service.claimPendingChangeRequest(first.id, { status: "approved", decided_by: user, decision_reason: null })
        )
      )
      expect(claims.filter(Boolean)).toHaveLength(1)
      const decided = await service.retrieveCitizenProfileChangeRequest(first.id)
      expect(decided.status).toBe("approved")
      expect(decided.decided_at).toBeTruthy()

      // Decided, it no longer blocks a new request; reopening (a compensation) makes it pending again.
      const second = await service.createCitizenProfileChangeRequests(request)
      await service.updateCitizenProfileChangeRequests({ id: second.id, status: "rejected" })
      await service.reopenChangeRequest(first.id)
      expect((await service.retrieveCitizenProfileChangeRequest(first.id)).status).toBe("pending")
    })

    it("stores a profile with its comune", async () => {
      const profile = await service.createCitizenProfiles({
        codice_fiscale: "RSSMRA85C52L319H",
        household_size: 3,
        comune_id: tradateId,
      })
      const found = await service.retrieveCitizenProfile(profile.id, { relations: ["comune"] })
      expect(found.comune.name).toBe("Tradate")
      expect(found.id).toMatch(/^citp_/)
    })

    it("refuses a second profile with the same codice fiscale", async () => {
      await service.createCitizenProfiles({
        codice_fiscale: "RSSMRA85C52L319H",
        household_size: 3,
        comune_id: tradateId,
      })
      await expect(
        service.createCitizenProfiles({
          codice_fiscale: "RSSMRA85C52L319H",
          household_size: 1,
          comune_id: tradateId,
        })
      ).rejects.toThrow(/codice_fiscale: RSSMRA85C52L319H, already exists/)
      expect(await service.listCitizenProfiles()).toHaveLength(1)
    })

    it.each([0, 21, 40])("lets the database refuse a household of %p", async (size) => {
      await expect(
        service.createCitizenProfiles({
          codice_fiscale: "RSSMRA85C52L319H",
          household_size: size,
          comune_id: tradateId,
        })
      ).rejects.toThrow(/citizen_profile_household_size_range/)
      expect(await service.listCitizenProfiles()).toHaveLength(0)
    })

    it("refuses a duplicate ISTAT code", async () => {
      await expect(
        service.createComunes({ istat_code: "012127", name: "Tradate bis", province: "VA" })
      ).rejects.toThrow(/istat_code: 012127, already exists/)
    })
  },
})
