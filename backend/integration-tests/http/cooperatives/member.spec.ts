import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createAdminUser } from "../../helpers/actors"
import { createAccreditedCooperative, createTerritory } from "./fixtures"

jest.setTimeout(120000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    it("creates a member's new service for their own cooperative, whatever the request says", async () => {
      const container = getContainer()
      const territory = await createTerritory(container)
      const coopA = await createAccreditedCooperative(container, 0)
      const coopB = await createAccreditedCooperative(container, 1)
      const staffA = await createAdminUser(api, container, "cooperative_staff", { type: "cooperative", id: coopA.id })

      const { data } = await api.post(
        "/admin/products",
        {
          title: "Laboratorio di ceramica",
          options: [{ title: "Formula", values: ["Standard"] }],
          variants: [{ title: "Standard", options: { Formula: "Standard" }, prices: [{ amount: 30, currency_code: "eur" }] }],
          sales_channels: [{ id: territory.salesChannel.id }],
          additional_data: { cooperative_id: coopB.id },
        },
        staffA
      )
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: linked } = await query.graph({ entity: "product", fields: ["cooperative.id"], filters: { id: data.product.id } })
      expect(linked[0].cooperative.id).toBe(coopA.id)

      const { data: list } = await api.get("/admin/products", staffA)
      expect(list.products.map((p: { id: string }) => p.id)).toEqual([data.product.id])
      await api.delete(`/admin/products/${data.product.id}`, staffA)
      expect((await api.get("/admin/products", staffA)).data.products).toEqual([])
    })
  },
})
