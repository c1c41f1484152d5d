import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdminUser } from "../../helpers/actors"
import { createShop } from "../municipal-voucher/fixtures"

jest.setTimeout(120000)

/**
 * The catalogue cache (Medusa's caching module, on in medusa-config.ts) serves repeated store
 * reads; an edit in the admin must show in the next read, never a stale price or title.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    it("a price and a title edited in the admin show in the next store read of the cached list and product", async () => {
      const shop = await createShop(getContainer())
      const admin = await createAdminUser(api, getContainer(), "platform_admin")
      const list = `/store/products?region_id=${shop.region.id}&fields=id,title,*variants.calculated_price`
      const one = `/store/products/${shop.eligibleProduct}?region_id=${shop.region.id}&fields=id,title,*variants.calculated_price`
      const read = async () => {
        const [{ data: listed }, { data: single }] = await Promise.all([
          api.get(list, { headers: shop.headers }),
          api.get(one, { headers: shop.headers }),
        ])
        const fromList = listed.products.find((p: { id: string }) => p.id === shop.eligibleProduct)
        return {
          listed: { title: fromList.title, amount: fromList.variants[0].calculated_price.calculated_amount },
          single: { title: single.product.title, amount: single.product.variants[0].calculated_price.calculated_amount },
        }
      }
      // Twice: the second read is the cache's.
      await read()
      expect(await read()).toEqual({
        listed: { title: "assistenza-domiciliare", amount: 40 },
        single: { title: "assistenza-domiciliare", amount: 40 },
      })

      const { data } = await api.get(`/admin/products/${shop.eligibleProduct}/variants/${shop.eligibleVariant}?fields=*prices`, admin)
      const price = data.variant.prices.find((p: { currency_code: string }) => p.currency_code === "eur")
      await api.post(
        `/admin/products/${shop.eligibleProduct}/variants/${shop.eligibleVariant}`,
        { prices: [{ id: price.id, amount: 42.5, currency_code: "eur" }] },
        admin
      )
      await api.post(`/admin/products/${shop.eligibleProduct}`, { title: "Assistenza domiciliare" }, admin)

      expect(await read()).toEqual({
        listed: { title: "Assistenza domiciliare", amount: 42.5 },
        single: { title: "Assistenza domiciliare", amount: 42.5 },
      })
    })
  },
})
