import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { updateRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { assignVouchersWorkflow, createVoucherSchemeWorkflow } from "@tradatewelfare/municipal-voucher/workflows"
import fs from "fs"
import path from "path"
import { REGION_NAME } from "./store"

import { VOUCHER_PROVIDER_ID } from "@tradatewelfare/municipal-voucher/types"

export { VOUCHER_PROVIDER_ID }

type SeedVouchers = {
  schemes: {
    name: string
    description: string
    comuni: string[]
    funding_source: string
    starts_at: string
    ends_at: string
    care_areas: string[]
    max_per_citizen: number
  }[]
  vouchers: { scheme: string; email: string; amount: number; reason: string }[]
}

const readVouchers = (): SeedVouchers =>
  JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "seed-data", "vouchers.json"), "utf-8"))

/** Lets the Italy region take voucher payments, keeping the providers it has. */
async function enableVoucherProvider(container: ExecArgs["container"]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: regions } = await query.graph({
    entity: "region",
    fields: ["id", "payment_providers.id"],
    filters: { name: REGION_NAME },
  })
  const region = regions[0] as { id: string; payment_providers?: { id: string }[] } | undefined
  const providers = (region?.payment_providers ?? []).map((p) => p.id)
  if (!region || providers.includes(VOUCHER_PROVIDER_ID)) {
    return
  }
  await updateRegionsWorkflow(container).run({
    input: { selector: { id: region.id }, update: { payment_providers: [...providers, VOUCHER_PROVIDER_ID] } },
  })
}

/** The voucher schemes of the demo comuni, and vouchers for the demo citizens. */
export async function seedVouchers({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { schemes, vouchers } = readVouchers()

  await enableVoucherProvider(container)

  const { data: existing } = await query.graph({ entity: "voucher_scheme", fields: ["id", "name"] })
  const schemeId = new Map(existing.map((s: { id: string; name: string }) => [s.name, s.id]))
  for (const scheme of schemes.filter((s) => !schemeId.has(s.name))) {
    const { result } = await createVoucherSchemeWorkflow(container).run({
      input: { ...scheme, starts_at: new Date(scheme.starts_at), ends_at: new Date(scheme.ends_at) },
    })
    schemeId.set(result.name, result.id)
  }

  const customers = await container.resolve(Modules.CUSTOMER).listCustomers({ email: vouchers.map((v) => v.email) })
  for (const voucher of vouchers) {
    const scheme = schemes.find((s) => s.name === voucher.scheme)!
    const customer = customers.find((c) => c.email === voucher.email)
    if (!customer || new Date(scheme.ends_at).getTime() <= Date.now()) {
      logger.warn(`Voucher for ${voucher.email} under "${voucher.scheme}" skipped: no such citizen, or the scheme has ended`)
      continue
    }
    const { data: held } = await query.graph({
      entity: "voucher",
      fields: ["id"],
      filters: { customer_id: customer.id, scheme_id: schemeId.get(voucher.scheme)! },
    })
    if (held.length) {
      continue
    }
    await assignVouchersWorkflow(container).run({
      input: {
        scheme_id: schemeId.get(voucher.scheme)!,
        rows: [{ row: 1, customer_id: customer.id, amount: voucher.amount }],
        reason: voucher.reason,
        idempotency_key: `seed:${voucher.scheme}:${voucher.email}`,
      },
    })
    logger.info(`Assigned ${voucher.amount} EUR to ${voucher.email} under "${voucher.scheme}"`)
  }
}
