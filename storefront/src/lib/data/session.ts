import "server-only"
import { getLocale } from "next-intl/server"
import { redirect } from "@/i18n/navigation"
import type { Customer } from "../types"
import { retrieveCustomer } from "./customer"

/** The logged-in customer; guests are sent to the login page and brought back to `next` afterwards. */
export async function requireCustomer(next: string): Promise<Customer> {
  const customer = await retrieveCustomer()
  if (customer) return customer
  return redirect({ href: { pathname: "/account/accedi", query: { next } }, locale: await getLocale() })
}
