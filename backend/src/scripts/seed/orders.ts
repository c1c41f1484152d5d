import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  completeCartWorkflow,
  createCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
} from "@medusajs/medusa/core-flows"
import {
  applyVoucherToCartWorkflow,
  captureOrderVouchersWorkflow,
} from "@tradatewelfare/municipal-voucher/workflows"
import { seedData } from "./data"

const SEED_MARK = "mixed-voucher-card"
/** A FamilyCare service the voucher pays, and a YouCare one it does not: the card pays that. */
const ELIGIBLE = "consulenza-pedagogica"
const INELIGIBLE = "nordic-walking-parco-pineta"

/**
 * One order of the first demo citizen paid partly by her voucher and partly by card,
 * through the same workflows as the storefront's checkout. Made once (marked in metadata).
 */
export async function seedMixedOrder({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const citizen = seedData.accounts().citizens[0]

  const [customer] = await container.resolve(Modules.CUSTOMER).listCustomers({ email: citizen.email })
  if (!customer) {
    return
  }
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "metadata"],
    filters: { customer_id: customer.id },
  })
  if (orders.some((o: { metadata?: Record<string, unknown> | null }) => o.metadata?.seed === SEED_MARK)) {
    return
  }

  const { data: vouchers } = await query.graph({
    entity: "voucher",
    fields: ["id", "balance"],
    filters: { customer_id: customer.id, status: "active" },
  })
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "product.handle"],
    filters: { sku: [ELIGIBLE, INELIGIBLE] },
  })
  const [region] = await container.resolve(Modules.REGION).listRegions({ name: "Italia" })
  const [store] = await container.resolve(Modules.STORE).listStores()
  if (!vouchers.length || variants.length < 2 || !region) {
    logger.warn("Mixed voucher and card order not seeded: voucher, services or region missing")
    return
  }

  const { result: cart } = await createCartWorkflow(container).run({
    input: {
      region_id: region.id,
      customer_id: customer.id,
      email: customer.email,
      sales_channel_id: store.default_sales_channel_id ?? undefined,
      billing_address: { first_name: citizen.first_name, last_name: citizen.last_name, ...citizen.address },
      items: variants.map((v: { id: string }) => ({ variant_id: v.id, quantity: 1 })),
      metadata: { seed: SEED_MARK },
    },
  })
  await applyVoucherToCartWorkflow(container).run({
    input: { cart_id: cart.id, voucher_id: vouchers[0].id, customer_id: customer.id },
  })
  // Applying a voucher resets the payment collection: the card session comes after it.
  const { result: collection } = await createPaymentCollectionForCartWorkflow(container).run({
    input: { cart_id: cart.id },
  })
  await createPaymentSessionsWorkflow(container).run({
    input: { payment_collection_id: collection.id, provider_id: "pp_system_default" },
  })
  // Medusa's own completion: the application's hook holds the voucher.
  const { result: order } = await completeCartWorkflow(container).run({ input: { id: cart.id } })
  // A script's events may not reach the subscriber before it exits: capture now (idempotent).
  await captureOrderVouchersWorkflow(container).run({ input: { order_id: order.id } })
  logger.info(`Seeded order ${order.id}: one line paid by voucher, one by card`)
}
