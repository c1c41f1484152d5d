import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createProductTypesWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createTaxRatesWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"

export const SALES_CHANNEL_NAME = "TradateWelfare"
export const PUBLISHABLE_KEY_TITLE = "TradateWelfare Storefront"
export const REGION_NAME = "Italia"

/**
 * Store, sales channel, publishable key, the Italy region in EUR with
 * tax-inclusive prices, and Italian VAT (22% standard, 5% for social services).
 */
export async function seedStore({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const storeModule = container.resolve(Modules.STORE)
  const salesChannelModule = container.resolve(Modules.SALES_CHANNEL)
  const apiKeyModule = container.resolve(Modules.API_KEY)
  const regionModule = container.resolve(Modules.REGION)
  const taxModule = container.resolve(Modules.TAX)

  let [salesChannel] = await salesChannelModule.listSalesChannels({ name: SALES_CHANNEL_NAME })
  if (!salesChannel) {
    const { result } = await createSalesChannelsWorkflow(container).run({
      input: { salesChannelsData: [{ name: SALES_CHANNEL_NAME, description: "Servizi di welfare dell'Ambito" }] },
    })
    salesChannel = result[0]
  }

  const [store] = await storeModule.listStores()
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: "TradateWelfare",
        supported_currencies: [{ currency_code: "eur", is_default: true, is_tax_inclusive: true }],
        default_sales_channel_id: salesChannel.id,
      },
    },
  })

  let [apiKey] = await apiKeyModule.listApiKeys({ title: PUBLISHABLE_KEY_TITLE, type: "publishable" })
  if (!apiKey) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: PUBLISHABLE_KEY_TITLE, type: "publishable", created_by: "seed" }] },
    })
    apiKey = result[0]
    await linkSalesChannelsToApiKeyWorkflow(container).run({
      input: { id: apiKey.id, add: [salesChannel.id] },
    })
  }

  let [region] = await regionModule.listRegions({ name: REGION_NAME })
  if (!region) {
    const { result } = await createRegionsWorkflow(container).run({
      input: {
        regions: [
          {
            name: REGION_NAME,
            currency_code: "eur",
            countries: ["it"],
            payment_providers: ["pp_system_default"],
            automatic_taxes: true,
            is_tax_inclusive: true,
          },
        ],
      },
    })
    region = result[0]
  }

  const types = await ensureProductTypes(container)

  let [taxRegion] = await taxModule.listTaxRegions({ country_code: "it" })
  if (!taxRegion) {
    const { result } = await createTaxRegionsWorkflow(container).run({
      input: [
        {
          country_code: "it",
          provider_id: "tp_system",
          default_tax_rate: { name: "IVA ordinaria", code: "IVA22", rate: 22 },
        },
      ],
    })
    taxRegion = result[0]
    await createTaxRatesWorkflow(container).run({
      input: [
        {
          tax_region_id: taxRegion.id,
          name: "IVA agevolata cooperative sociali",
          code: "IVA5",
          rate: 5,
          rules: [{ reference: "product_type", reference_id: types.social.id }],
        },
      ],
    })
  }

  logger.info(`Store ready: region ${region.id}, sales channel ${salesChannel.id}`)
  return { salesChannel, region, types, publishableKey: apiKey.token }
}

export const PRODUCT_TYPE_SOCIAL = "Servizio socio-educativo"
export const PRODUCT_TYPE_COMMERCIAL = "Servizio alla persona e alla casa"

/** The two VAT treatments of the catalogue, as product types that tax rules can target. */
async function ensureProductTypes(container: ExecArgs["container"]) {
  const productModule = container.resolve(Modules.PRODUCT)
  const wanted = [PRODUCT_TYPE_SOCIAL, PRODUCT_TYPE_COMMERCIAL]
  const existing = (await productModule.listProductTypes({}, { take: null })).filter((t) =>
    wanted.includes(t.value)
  )
  const missing = wanted.filter((value) => !existing.some((t) => t.value === value))
  const created = missing.length
    ? (await createProductTypesWorkflow(container).run({
        input: { product_types: missing.map((value) => ({ value })) },
      })).result
    : []
  const all = [...existing, ...created]
  const byValue = (value: string) => all.find((t) => t.value === value)!
  return { social: byValue(PRODUCT_TYPE_SOCIAL), commercial: byValue(PRODUCT_TYPE_COMMERCIAL) }
}
