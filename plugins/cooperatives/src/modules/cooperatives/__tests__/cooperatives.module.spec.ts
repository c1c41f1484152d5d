import path from "path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { COOPERATIVES_MODULE } from ".."
import CooperativesModuleService from "../service"

jest.setTimeout(60000)

const cooperative = (overrides: Record<string, unknown> = {}) => ({
  handle: "ramo-di-tiglio",
  name: "Ramo di Tiglio",
  legal_name: "Società Cooperativa Sociale Ramo di Tiglio ONLUS",
  partita_iva: "34079190129",
  codice_fiscale: "34079190129",
  address: "Via Manzoni 3, 21049 Tradate (VA)",
  comune: "012127",
  care_areas: ["childcare"],
  comuni_served: ["012127"],
  email: "info@example.org",
  ...overrides,
})

moduleIntegrationTestRunner<CooperativesModuleService>({
  moduleName: COOPERATIVES_MODULE,
  resolve: path.join(__dirname, ".."),
  // The shipped migrations, so the constraints under test are the real ones.
  pathToMigrations: path.join(__dirname, "..", "migrations"),
  testSuite: ({ service }) => {
    it("stores a cooperative as pending with its care areas and comuni", async () => {
      const created = await service.createCooperatives(cooperative())
      const read = await service.retrieveCooperative(created.id)
      expect(read).toMatchObject({ status: "pending", care_areas: ["childcare"], comuni_served: ["012127"] })
    })

    it("refuses a second cooperative with the same partita IVA or handle", async () => {
      await service.createCooperatives(cooperative())
      await expect(service.createCooperatives(cooperative({ handle: "altra" }))).rejects.toThrow(/partita_iva: .*, already exists/)
      await expect(service.createCooperatives(cooperative({ partita_iva: "34158380120" }))).rejects.toThrow(/handle: .*, already exists/)
      expect(await service.listCooperatives()).toHaveLength(1)
    })

    it("refuses an unknown accreditation status", async () => {
      await expect(service.createCooperatives(cooperative({ status: "approvata" }))).rejects.toThrow(/cooperative_status_check/)
    })
  },
})
