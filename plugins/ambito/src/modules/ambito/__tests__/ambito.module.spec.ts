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
