import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createSalesChannelsWorkflow,
  createUserAccountWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
} from "@medusajs/medusa/core-flows"
import { upsertComuniWorkflow } from "@tradatewelfare/ambito/workflows"
import type { PlatformRole, ScopeType } from "@tradatewelfare/platform-access/lib/roles"
import { assignRoleWorkflow } from "@tradatewelfare/platform-access/workflows"
import type CodiceFiscaleType from "codice-fiscale-js"

// The package's typings declare a default export; its CommonJS build exports { CodiceFiscale }.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { CodiceFiscale } = require("codice-fiscale-js") as { CodiceFiscale: typeof CodiceFiscaleType }

type Api = {
  post: (url: string, body?: unknown, config?: unknown) => Promise<{ status: number; data: any }>
  get: (url: string, config?: unknown) => Promise<{ status: number; data: any }>
}

export type Headers = { headers: Record<string, string> }

/** A valid codice fiscale for a made-up person; `n` varies the birth day so codes differ. */
export function codiceFiscaleFor(n: number, surname = "Rossi", name = "Maria"): string {
  return CodiceFiscale.compute({
    name,
    surname,
    gender: "F",
    day: 1 + (n % 28),
    month: 1 + (Math.floor(n / 28) % 12),
    year: 1980,
    birthplace: "Tradate",
    birthplaceProvincia: "VA",
  })
}

/**
 * Sex and date of birth that a codice fiscale made by `codiceFiscaleFor` encodes: what the
 * person declares at registration next to the code.
 */
export function declaredFor(codiceFiscale: string): { sex: "F" | "M"; date_of_birth: string } {
  const { gender, birthday } = CodiceFiscale.computeInverse(codiceFiscale) as unknown as { gender: "F" | "M"; birthday: string }
  return { sex: gender, date_of_birth: birthday }
}

/** A sales channel and a publishable key linked to it: what every store route needs. */
export async function createStoreHeaders(container: MedusaContainer): Promise<Headers> {
  const { result: channels } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: "Test channel" }] },
  })
  const { result: keys } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: "Test key", type: "publishable", created_by: "test" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: keys[0].id, add: [channels[0].id] },
  })
  return { headers: { "x-publishable-api-key": keys[0].token } }
}

export async function createComuni(container: MedusaContainer) {
  const { result } = await upsertComuniWorkflow(container).run({
    input: {
      comuni: [
        { istat_code: "012127", name: "Tradate", province: "VA", cadastral_code: "L319" },
        { istat_code: "012137", name: "Venegono Superiore", province: "VA", cadastral_code: "L734" },
      ],
    },
  })
  return {
    tradate: result.find((c) => c.istat_code === "012127")!,
    venegono: result.find((c) => c.istat_code === "012137")!,
  }
}

let adminCounter = 0

/**
 * An admin user with a platform role (and its scope), logged in through the public auth route.
 * `role: null` makes a user with no role, whom every scoped route refuses.
 */
export async function createAdminUser(
  api: Api,
  container: MedusaContainer,
  role: PlatformRole | null,
  scope?: { type: ScopeType; id: string }
): Promise<Headers & { userId: string; email: string }> {
  const email = `${role ?? "norole"}-${Date.now()}-${++adminCounter}@example.org`
  const password = "Operatore2026!"
  const authModule = container.resolve(Modules.AUTH)
  const { authIdentity } = await authModule.register("emailpass", {
    body: { email, password },
  } as Parameters<typeof authModule.register>[1])
  const { result: user } = await createUserAccountWorkflow(container).run({
    input: { authIdentityId: authIdentity!.id, userData: { email } },
  })
  if (role) {
    await assignRoleWorkflow(container).run({
      input: { user_id: user.id, role, scope_type: scope?.type ?? null, scope_id: scope?.id ?? null },
    })
  }
  const { data } = await api.post("/auth/user/emailpass", { email, password })
  return { headers: { authorization: `Bearer ${data.token}` }, userId: user.id, email }
}

/** An Ufficio di Piano operator, logged in through the public auth route. */
export async function createOperator(api: Api, container: MedusaContainer): Promise<Headers> {
  const { headers } = await createAdminUser(api, container, "ufficio_di_piano")
  return { headers }
}

/** Registers an auth identity through the store auth route and returns its registration token. */
export async function registrationToken(api: Api, email: string, password = "Cittadino2026!") {
  const { data } = await api.post("/auth/customer/emailpass/register", { email, password })
  return data.token as string
}

export type CitizenInput = {
  email: string
  /** Maria Rossi unless given: the names must be those the codice fiscale encodes. */
  first_name?: string
  last_name?: string
  codice_fiscale: string
  comune_id: string
  household_size: number
}

/** A registered, logged-in citizen: what the storefront does on its registration page. */
export async function createCitizen(api: Api, store: Headers, input: CitizenInput) {
  const password = "Cittadino2026!"
  const token = await registrationToken(api, input.email, password)
  const { data } = await api.post(
    "/store/citizens",
    { first_name: "Maria", last_name: "Rossi", ...declaredFor(input.codice_fiscale), ...input },
    { headers: { ...store.headers, authorization: `Bearer ${token}` } }
  )
  const login = await api.post("/auth/customer/emailpass", { email: input.email, password })
  return {
    customer: data.customer,
    headers: { headers: { ...store.headers, authorization: `Bearer ${login.data.token}` } },
  }
}

/** The HTTP answer of a failed call: the test client throws on 4xx, the tests want the answer. */
export const httpError = (error: { response: { status: number; data: any } }) => error.response
