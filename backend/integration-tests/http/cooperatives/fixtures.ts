import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createCustomersWorkflow,
  createOrderWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
} from "@medusajs/medusa/core-flows"
import {
  changeAccreditationWorkflow,
  createCooperativeWorkflow,
  linkOrderToCooperativesWorkflow,
} from "@tradatewelfare/cooperatives/workflows"
import type { CooperativeInput } from "@tradatewelfare/cooperatives/workflows"
import { createComuni } from "../../helpers/actors"

/** Valid fiscal data for test cooperatives (their check digits are right). */
export const VALID_PIVA = ["34079190129", "34158380120", "34237570121"]
export const VALID_IBAN = "IT27A0503450440000000100037"

export function cooperativeInput(n: number, overrides: Partial<CooperativeInput> = {}): CooperativeInput {
  return {
    handle: `coop-${n}`,
    name: `Cooperativa ${n}`,
    legal_name: `Società Cooperativa Sociale ${n} ONLUS`,
    partita_iva: VALID_PIVA[n],
    codice_fiscale: VALID_PIVA[n],
    iban: VALID_IBAN,
    address: "Via Manzoni 3, 21049 Tradate (VA)",
    comune: "012127",
    care_areas: ["silvercare"],
    comuni_served: ["012127", "012137"],
    email: `coop${n}@example.org`,
    ...overrides,
  }
}

/** An accredited cooperative, as the Ufficio di Piano leaves it. */
export async function createAccreditedCooperative(container: MedusaContainer, n: number) {
  const { result } = await createCooperativeWorkflow(container).run({ input: { cooperative: cooperativeInput(n) } })
  await changeAccreditationWorkflow(container).run({ input: { cooperative_id: result.id, status: "accredited" } })
  return result
}

/** Comuni, the SilverCare care area, a region and a sales channel: what cooperatives and services need. */
export async function createTerritory(container: MedusaContainer) {
  await createComuni(container)
  const {
    result: [category],
  } = await createProductCategoriesWorkflow(container).run({
    input: { product_categories: [{ name: "SilverCare", handle: "silvercare", is_active: true }] },
  })
  const {
    result: [salesChannel],
  } = await createSalesChannelsWorkflow(container).run({ input: { salesChannelsData: [{ name: "Test" }] } })
  const {
    result: [region],
  } = await createRegionsWorkflow(container).run({
    input: { regions: [{ name: "Italia", currency_code: "eur", countries: ["it"] }] },
  })
  return { category, salesChannel, region }
}

/** A published service sold by the cooperative (linked through the products-created hook). */
export async function createService(
  container: MedusaContainer,
  territory: Awaited<ReturnType<typeof createTerritory>>,
  cooperativeId: string,
  handle: string
) {
  const {
    result: [product],
  } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: handle,
          handle,
          status: ProductStatus.PUBLISHED,
          category_ids: [territory.category.id],
          sales_channels: [{ id: territory.salesChannel.id }],
          options: [{ title: "Formula", values: ["Standard"] }],
          variants: [
            {
              title: "Standard",
              manage_inventory: false,
              options: { Formula: "Standard" },
              prices: [{ amount: 40, currency_code: "eur" }],
            },
          ],
        },
      ],
      additional_data: { cooperative_id: cooperativeId },
    },
  })
  return product
}

/** A placed order of a citizen for the given variants, linked to their cooperatives as order.placed would. */
export async function createPlacedOrder(
  container: MedusaContainer,
  territory: Awaited<ReturnType<typeof createTerritory>>,
  customerId: string,
  variantIds: string[]
) {
  const { result: order } = await createOrderWorkflow(container).run({
    input: {
      region_id: territory.region.id,
      sales_channel_id: territory.salesChannel.id,
      customer_id: customerId,
      email: "maria.rossi@example.org",
      currency_code: "eur",
      items: variantIds.map((variant_id) => ({ variant_id, quantity: 1, title: "Servizio", unit_price: 40 })),
    },
  })
  await linkOrderToCooperativesWorkflow(container).run({ input: { order_id: order.id } })
  return order
}

/** A buyer with data a cooperative must not see (metadata stands for the citizen's private data). */
export async function createBuyer(container: MedusaContainer) {
  const {
    result: [customer],
  } = await createCustomersWorkflow(container).run({
    input: {
      customersData: [
        {
          email: "maria.rossi@example.org",
          first_name: "Maria",
          last_name: "Rossi",
          phone: "+39 333 555 0147",
          metadata: { isee: "12000" },
        },
      ],
    },
  })
  return customer
}

/** Counts rows through the modules, to prove a refused request changed nothing. */
export async function snapshot(container: MedusaContainer) {
  const [users, apiKeys, products, stores] = await Promise.all([
    container.resolve(Modules.USER).listUsers({}, { select: ["id"] }),
    container.resolve(Modules.API_KEY).listApiKeys({}, { select: ["id", "revoked_at"] }),
    container.resolve(Modules.PRODUCT).listProducts({}, { select: ["id", "title", "status"] }),
    container.resolve(Modules.STORE).listStores({}, { select: ["id", "name"] }),
  ])
  return { users, apiKeys, products, stores }
}
