import path from "path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { PLATFORM_ACCESS_MODULE } from ".."
import PlatformAccessModuleService from "../service"

jest.setTimeout(60000)

moduleIntegrationTestRunner<PlatformAccessModuleService>({
  moduleName: PLATFORM_ACCESS_MODULE,
  resolve: path.join(__dirname, ".."),
  pathToMigrations: path.join(__dirname, "..", "migrations"),
  testSuite: ({ service }) => {
    it("keeps one role per user", async () => {
      await service.createRoleAssignments({ user_id: "user_1", role: "ufficio_di_piano" })
      await expect(
        service.createRoleAssignments({ user_id: "user_1", role: "cooperative_staff", scope_type: "cooperative", scope_id: "coop_1" })
      ).rejects.toThrow(/user_id: user_1, already exists/)
      expect(await service.listRoleAssignments({ user_id: "user_1" })).toHaveLength(1)
    })

    it("refuses unknown roles and half scopes", async () => {
      await expect(service.createRoleAssignments({ user_id: "user_2", role: "superuser" as "platform_admin" })).rejects.toThrow(/role_assignment_role_check/)
      await expect(
        service.createRoleAssignments({ user_id: "user_3", role: "cooperative_owner", scope_type: "cooperative" })
      ).rejects.toThrow(/role_assignment_scope_pair/)
    })

    it("lets a removed role be given again", async () => {
      const first = await service.createRoleAssignments({ user_id: "user_4", role: "platform_admin" })
      await service.softDeleteRoleAssignments(first.id)
      await service.createRoleAssignments({ user_id: "user_4", role: "ufficio_di_piano" })
      expect((await service.listRoleAssignments({ user_id: "user_4" })).map((a) => a.role)).toEqual(["ufficio_di_piano"])
    })
  },
})
