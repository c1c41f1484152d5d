import { useTranslation } from "react-i18next"
import { sdk } from "./sdk"

type FetchInit = Parameters<typeof sdk.client.fetch>[1]

/** The admin's language as the backend reads it ("it" or "en"), from the dashboard's own i18n. */
export const useLanguage = () => {
  const { i18n } = useTranslation()
  return (i18n.language ?? "en").toLowerCase().startsWith("it") ? "it" : "en"
}

/**
 * The plugin's js-sdk client, sending the admin's language so the server answers its
 * refusals in it (the browser's own Accept-Language may differ from the admin's setting).
 */
export const useApi = () => {
  const language = useLanguage()
  return <T>(path: string, init: FetchInit = {}) =>
    sdk.client.fetch<T>(path, { ...init, headers: { ...(init?.headers ?? {}), "accept-language": language } })
}

/** One key per form submission: kept across retries of that submission, renewed after success. */
export const newIdempotencyKey = () => crypto.randomUUID()

/**
 * A POST whose refusal carries more than a message (the CSV report's rows): the js-sdk keeps
 * only the message of an error, so this answers the status and the whole body instead.
 */
export const usePostWithBody = () => {
  const language = useLanguage()
  return async <T>(path: string, body: unknown): Promise<{ ok: boolean; status: number; body: T }> => {
    const response = await fetch(path, {
      method: "POST",
      credentials: "include",
      headers: { "content-type": "application/json", accept: "application/json", "accept-language": language },
      body: JSON.stringify(body),
    })
    const json = (await response.json().catch(() => ({}))) as T
    return { ok: response.ok, status: response.status, body: json }
  }
}
