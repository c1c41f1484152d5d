import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import {
  addCooperativeMemberWorkflow,
  changeAccreditationWorkflow,
  createCooperativeWorkflow,
  linkOrderToCooperativesWorkflow,
  linkProductsToCooperativeWorkflow,
} from "@tradatewelfare/cooperatives/workflows"
import { PLATFORM_ROLES, PlatformRole } from "@tradatewelfare/platform-access/lib/roles"
import { assignRoleWorkflow } from "@tradatewelfare/platform-access/workflows"
import { ensureIdentity } from "./accounts"
import { SeedCooperative, seedData } from "./data"

type Container = ExecArgs["container"]

/** An admin user with a login, created once; returns the user id. */
async function ensureAdminUser(
  container: Container,
  account: { email: string; password: string; first_name: string; last_name: string }
) {
  const identity = await ensureIdentity(container, "user", account.email, account.password)
  if (!identity.hasActor) {
    await createUserAccountWorkflow(container).run({
      input: {
        authIdentityId: identity.id,
        userData: { email: account.email, first_name: account.first_name, last_name: account.last_name },
      },
    })
  }
  const [user] = await container.resolve(Modules.USER).listUsers({ email: account.email }, { select: ["id"] })
  return user.id
}

/** Gives a user their platform role unless they already have one. */
async function ensureRole(container: Container, userId: string, role: PlatformRole) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "role_assignment", fields: ["id"], filters: { user_id: userId } })
  if (!data.length) {
    await assignRoleWorkflow(container).run({ input: { user_id: userId, role } })
  }
}

async function ensureCooperative(container: Container, cooperative: SeedCooperative, accredit: boolean) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cooperative", fields: ["id"], filters: { handle: cooperative.handle } })
  if (data[0]) {
    return data[0].id as string
  }
  const { result } = await createCooperativeWorkflow(container).run({ input: { cooperative } })
  if (accredit) {
    await changeAccreditationWorkflow(container).run({
      input: { cooperative_id: result.id, status: "accredited", reason: "Accreditamento iniziale dell'Ambito" },
    })
  }
  return result.id
}

/**
 * The platform admin and the Ufficio di Piano's role; the 14 cooperatives accredited, each
 * service linked to its cooperative (from the seed's `metadata.cooperative_handle`), an owner
 * and a staff login per cooperative; one application pending; every order linked.
 */
export async function seedCooperatives({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const accounts = seedData.accounts()

  await ensureRole(container, await ensureAdminUser(container, accounts.platform_admin), PLATFORM_ROLES.PLATFORM_ADMIN)
  await ensureRole(container, await ensureAdminUser(container, accounts.admin), PLATFORM_ROLES.UFFICIO_DI_PIANO)

  const idByHandle = new Map<string, string>()
  for (const cooperative of seedData.cooperatives()) {
    idByHandle.set(cooperative.handle, await ensureCooperative(container, cooperative, true))
  }
  for (const application of seedData.cooperativeApplications()) {
    await ensureCooperative(container, application, false)
  }

  const { data: products } = await query.graph({ entity: "product", fields: ["id", "metadata"] })
  const productsOf = new Map<string, string[]>()
  for (const product of products as { id: string; metadata?: Record<string, unknown> | null }[]) {
    const handle = product.metadata?.cooperative_handle
    if (typeof handle === "string" && idByHandle.has(handle)) {
      productsOf.set(handle, [...(productsOf.get(handle) ?? []), product.id])
    }
  }
  let linked = 0
  for (const [handle, productIds] of productsOf) {
    const { result } = await linkProductsToCooperativeWorkflow(container).run({
      input: { cooperative_id: idByHandle.get(handle)!, product_ids: productIds },
    })
    linked += result.length
  }

  for (const member of accounts.cooperative_members) {
    const userId = await ensureAdminUser(container, member)
    const { data } = await query.graph({ entity: "role_assignment", fields: ["id"], filters: { user_id: userId } })
    if (!data.length) {
      await addCooperativeMemberWorkflow(container).run({
        input: { cooperative_id: idByHandle.get(member.cooperative)!, user_id: userId, role: member.role },
      })
    }
  }

  // Orders placed before the cooperatives existed (the seeded ones) get their links too.
  const { data: orders } = await query.graph({ entity: "order", fields: ["id"] })
  for (const order of orders as { id: string }[]) {
    await linkOrderToCooperativesWorkflow(container).run({ input: { order_id: order.id } })
  }
  logger.info(`Cooperatives ready: ${idByHandle.size} accredited, ${linked} services newly linked`)
}
