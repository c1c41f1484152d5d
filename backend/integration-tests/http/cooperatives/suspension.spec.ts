import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createApiKeysWorkflow, linkSalesChannelsToApiKeyWorkflow } from "@medusajs/medusa/core-flows"
import { refuseUnsoldServices } from "@tradatewelfare/cooperatives/workflows"
import { createAdminUser } from "../../helpers/actors"
import { createAccreditedCooperative, createBuyer, createPlacedOrder, createService, createTerritory } from "./fixtures"

jest.setTimeout(120000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    it("hides a suspended cooperative's services from the store, refuses them in carts, keeps past orders", async () => {
      const container = getContainer()
      const territory = await createTerritory(container)
      const {
        result: [key],
      } = await createApiKeysWorkflow(container).run({
        input: { api_keys: [{ title: "Store", type: "publishable", created_by: "test" }] },
      })
      await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: [territory.salesChannel.id] } })
      const store = { headers: { "x-publishable-api-key": key.token } }
      const operator = await createAdminUser(api, container, "ufficio_di_piano")
      const coopA = await createAccreditedCooperative(container, 0)
      const coopB = await createAccreditedCooperative(container, 1)
      const productA = await createService(container, territory, coopA.id, "servizio-a")
      const productB = await createService(container, territory, coopB.id, "servizio-b")
      const order = await createPlacedOrder(container, territory, (await createBuyer(container)).id, [productA.variants[0].id])
      const storeIds = async () => (await api.get("/store/products", store)).data.products.map((p: { id: string }) => p.id).sort()
      const cartWith = (productId: string) => ({ cart: { items: [{ product_id: productId, title: "Servizio" }] } })

      expect(await storeIds()).toEqual([productA.id, productB.id].sort())

      await api.post(`/admin/cooperatives/${coopA.id}/accreditation`, { status: "suspended", reason: "DURC scaduto" }, operator)
      expect(await storeIds()).toEqual([productB.id])
      expect(
        (await api.get(`/store/products?id[]=${productA.id}&id[]=${productB.id}`, store)).data.products.map((p: { id: string }) => p.id)
      ).toEqual([productB.id])
      const direct = await api.get(`/store/products/${productA.id}`, store).catch((e: { response: { status: number } }) => e.response)
      expect(direct.status).toBe(404)
      await expect(refuseUnsoldServices(cartWith(productA.id), { container })).rejects.toThrow(/non sono in vendita.*suspended/)
      const englishCart = { cart: { ...cartWith(productA.id).cart, locale: "en-GB" } }
      await expect(refuseUnsoldServices(englishCart, { container })).rejects.toThrow(/not on sale.*suspended/)
      await expect(refuseUnsoldServices(cartWith(productB.id), { container })).resolves.toBeDefined()

      // The order already placed is untouched and still the cooperative's to see.
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "order", fields: ["status"], filters: { id: order.id } })
      expect(data[0].status).toBe("pending")
      expect((await api.get(`/admin/orders/${order.id}`, operator)).status).toBe(200)

      await api.post(`/admin/cooperatives/${coopA.id}/accreditation`, { status: "accredited" }, operator)
      expect(await storeIds()).toEqual([productA.id, productB.id].sort())
      await expect(refuseUnsoldServices(cartWith(productA.id), { container })).resolves.toBeDefined()
    })
  },
})
