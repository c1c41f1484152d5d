import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { cache } from "react"
import { sdk } from "../config"
import { getAuthToken } from "../cookies"
import { toApiError } from "../errors"
import { storeFetch } from "../store-fetch"
import type { ChangeRequest, CitizenProfile, Customer } from "../types"

/** The logged-in customer, or null for a guest or an expired session (401). */
export const retrieveCustomer = cache(async (): Promise<Customer | null> => {
  const token = await getAuthToken()
  if (!token) return null
  try {
    const { customer } = await sdk().client.fetch<HttpTypes.StoreCustomerResponse>("/store/customers/me", {
      query: { fields: "id,email,first_name,last_name,phone,*addresses" },
      headers: { authorization: `Bearer ${token}` },
      cache: "no-store",
    })
    return customer
  } catch (error) {
    const apiError = toApiError(error)
    if (apiError.status === 401) return null
    throw apiError
  }
})

/** The citizen profile of the logged-in customer (null when the customer has none yet). */
export async function retrieveCitizenProfile(): Promise<CitizenProfile | null> {
  const token = await getAuthToken()
  if (!token) return null
  const { citizen_profile } = await storeFetch<{ citizen_profile: CitizenProfile | null }>(
    "/store/citizens/me",
    { token }
  )
  return citizen_profile
}

/** The logged-in citizen's change requests, newest first (the pending one, if any, among them). */
export async function listChangeRequests(): Promise<ChangeRequest[]> {
  const token = await getAuthToken()
  if (!token) return []
  const { change_requests } = await storeFetch<{ change_requests: ChangeRequest[] }>(
    "/store/citizens/me/change-requests",
    { token }
  )
  return change_requests
}
