import "server-only"
import { backendUrl, publishableKey } from "./config"
import { apiErrorFromResponse } from "./errors"

type StoreFetchInit = {
  method?: "GET" | "POST" | "DELETE"
  body?: unknown
  /** Bearer token: a registration token or the citizen's JWT */
  token?: string
  /** The page's language: our plugins word their refusals in it */
  locale?: string
  cache?: RequestCache
  next?: { tags?: string[] }
}

/**
 * Calls a custom route of our plugins. Unlike the js-sdk, it keeps the per-field
 * `errors` of a 400 answer, which the forms show next to each field.
 */
export async function storeFetch<T>(path: string, init: StoreFetchInit = {}): Promise<T> {
  const headers: Record<string, string> = {
    accept: "application/json",
    "x-publishable-api-key": publishableKey(),
  }
  if (init.body !== undefined) headers["content-type"] = "application/json"
  if (init.token) headers.authorization = `Bearer ${init.token}`
  if (init.locale) headers["accept-language"] = init.locale

  const response = await fetch(new URL(path, backendUrl()), {
    method: init.method ?? "GET",
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    cache: init.cache ?? "no-store",
    ...(init.next ? { next: init.next } : {}),
  })
  if (!response.ok) throw await apiErrorFromResponse(response)
  return (await response.json()) as T
}
