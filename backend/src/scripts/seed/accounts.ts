import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createCustomerAddressesWorkflow,
  createUserAccountWorkflow,
} from "@medusajs/medusa/core-flows"
import { registerCitizenWorkflow } from "@tradatewelfare/ambito/workflows"
import { seedData } from "./data"

/** Registers an email/password identity unless one exists; returns its id and whether it is new. */
export async function ensureIdentity(container: ExecArgs["container"], actorType: string, email: string, password: string) {
  const authModule = container.resolve(Modules.AUTH)
  const [existing] = await authModule.listProviderIdentities({ entity_id: email, provider: "emailpass" }, {
    relations: ["auth_identity"],
  })
  if (existing) {
    const metadata = (existing.auth_identity?.app_metadata ?? {}) as Record<string, unknown>
    return { id: existing.auth_identity_id as string, hasActor: !!metadata[`${actorType}_id`] }
  }
  const { success, authIdentity, error } = await authModule.register("emailpass", {
    body: { email, password },
  } as Parameters<typeof authModule.register>[1])
  if (!success || !authIdentity) {
    throw new Error(`Could not register ${email}: ${error}`)
  }
  return { id: authIdentity.id, hasActor: false }
}

/** The Ufficio di Piano operator and the demo citizens, each with a login. */
export async function seedAccounts({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { admin, citizens } = seedData.accounts()

  const adminIdentity = await ensureIdentity(container, "user", admin.email, admin.password)
  if (!adminIdentity.hasActor) {
    await createUserAccountWorkflow(container).run({
      input: {
        authIdentityId: adminIdentity.id,
        userData: { email: admin.email, first_name: admin.first_name, last_name: admin.last_name },
      },
    })
    logger.info(`Created operator ${admin.email}`)
  }

  const { data: comuni } = await query.graph({ entity: "comune", fields: ["id", "istat_code"] })
  const comuneId = new Map(comuni.map((c: { id: string; istat_code: string }) => [c.istat_code, c.id]))

  for (const citizen of citizens) {
    const identity = await ensureIdentity(container, "customer", citizen.email, citizen.password)
    if (identity.hasActor) {
      continue
    }
    const { result } = await registerCitizenWorkflow(container).run({
      input: {
        auth_identity_id: identity.id,
        customer: {
          email: citizen.email,
          first_name: citizen.first_name,
          last_name: citizen.last_name,
          phone: citizen.phone,
        },
        profile: {
          codice_fiscale: citizen.codice_fiscale,
          sex: citizen.sex,
          date_of_birth: citizen.birth_date,
          comune_id: comuneId.get(citizen.comune)!,
          household_size: citizen.household_size,
        },
      },
    })
    await createCustomerAddressesWorkflow(container).run({
      input: {
        addresses: [
          {
            customer_id: result.customer.id,
            first_name: citizen.first_name,
            last_name: citizen.last_name,
            phone: citizen.phone,
            ...citizen.address,
            is_default_billing: true,
            is_default_shipping: true,
          },
        ],
      },
    })
    logger.info(`Created citizen ${citizen.email}`)
  }
}
