import fs from "node:fs"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { upsertComuniWorkflow } from "@tradatewelfare/ambito/workflows"
import { seedAccounts } from "./seed/accounts"
import { seedCareAreas, seedServices } from "./seed/catalogue"
import { seedCooperatives } from "./seed/cooperatives"
import { seedData } from "./seed/data"
import { seedMixedOrder } from "./seed/orders"
import { seedStore } from "./seed/store"
import { seedVouchers } from "./seed/vouchers"

/**
 * Seeds the Ambito di Tradate demo. Every section looks for what exists first,
 * so running it again adds only what is missing.
 */
export default async function seed(args: ExecArgs) {
  const logger = args.container.resolve(ContainerRegistrationKeys.LOGGER)

  const { salesChannel, types, publishableKey } = await seedStore(args)
  // The scripts (demo, tests, bench) read the storefront's key from here, not from Medusa's tables.
  if (process.env.PUBLISHABLE_KEY_FILE) {
    fs.writeFileSync(process.env.PUBLISHABLE_KEY_FILE, `${publishableKey}\n`, { mode: 0o600 })
  }
  await upsertComuniWorkflow(args.container).run({ input: { comuni: seedData.comuni() } })
  const categories = await seedCareAreas(args)
  await seedServices(args, categories, { salesChannelId: salesChannel.id, types })
  await seedAccounts(args)
  await seedVouchers(args)
  await seedMixedOrder(args)
  await seedCooperatives(args)

  logger.info("Seed of the Ambito di Tradate complete")
}
