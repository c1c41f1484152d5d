/** The languages e-mails are written in; Italian unless the citizen is known to read English. */
export const EMAIL_LOCALES = ["it", "en"] as const
export type EmailLocale = (typeof EMAIL_LOCALES)[number]

/** "en", "en-GB", "EN" → "en"; anything else, or nothing, → "it". */
export function emailLocale(...candidates: unknown[]): EmailLocale {
  for (const value of candidates) {
    if (typeof value === "string" && value.trim()) {
      return value.trim().toLowerCase().startsWith("en") ? "en" : "it"
    }
  }
  return "it"
}
