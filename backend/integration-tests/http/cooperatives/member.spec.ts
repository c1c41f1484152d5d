import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createOrderWorkflow } from "@medusajs/medusa/core-flows"
import { createAdminUser } from "../../helpers/actors"
import { createAccreditedCooperative, createBuyer, createService, createTerritory } from "./fixtures"

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
      expect(linked[0].cooperative?.id).toBe(coopA.id)

      const { data: list } = await api.get("/admin/products", staffA)
      expect(list.products.map((p: { id: string }) => p.id)).toEqual([data.product.id])
      await api.delete(`/admin/products/${data.product.id}`, staffA)
      expect((await api.get("/admin/products", staffA)).data.products).toEqual([])
    })

    it("sees an order once it is placed, through the order.placed subscriber", async () => {
      const container = getContainer()
      const territory = await createTerritory(container)
      const coopA = await createAccreditedCooperative(container, 0)
      const coopB = await createAccreditedCooperative(container, 1)
      const productA = await createService(container, territory, coopA.id, "servizio-a")
      const productB = await createService(container, territory, coopB.id, "servizio-b")
      const ownerA = await createAdminUser(api, container, "cooperative_owner", { type: "cooperative", id: coopA.id })
      const ownerB = await createAdminUser(api, container, "cooperative_owner", { type: "cooperative", id: coopB.id })
      const buyer = await createBuyer(container)
      const { result: order } = await createOrderWorkflow(container).run({
        input: {
          region_id: territory.region.id,
          sales_channel_id: territory.salesChannel.id,
          customer_id: buyer.id,
          email: buyer.email,
          currency_code: "eur",
          items: [productA, productB].map((p) => ({ variant_id: p.variants[0].id, quantity: 1, title: p.title, unit_price: 40 })),
        },
      })
      expect((await api.get("/admin/orders", ownerA)).data.orders).toEqual([])

      await container.resolve(Modules.EVENT_BUS).emit({ name: "order.placed", data: { id: order.id } })
      const ordersOf = async (headers: object) =>
        (await api.get("/admin/orders", headers)).data.orders.map((o: { id: string }) => o.id)
      for (let i = 0; i < 50 && (await ordersOf(ownerA)).length === 0; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      expect(await ordersOf(ownerA)).toEqual([order.id])
      expect(await ordersOf(ownerB)).toEqual([order.id])

      // Emitted again (a retry), it links nothing twice.
      await container.resolve(Modules.EVENT_BUS).emit({ name: "order.placed", data: { id: order.id } })
      await new Promise((resolve) => setTimeout(resolve, 500))
      const { data: links } = await container
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "order", fields: ["cooperatives.id"], filters: { id: order.id } })
      expect((links[0].cooperatives ?? []).map((c: { id: string } | null) => c?.id).sort()).toEqual([coopA.id, coopB.id].sort())
    })
  },
})
