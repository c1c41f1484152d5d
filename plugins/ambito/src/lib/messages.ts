import type { CitizenProfileIssueCode } from "./citizen-rules"
import { HOUSEHOLD_SIZE_MAX, HOUSEHOLD_SIZE_MIN } from "./citizen-rules"

export type Locale = "it" | "en"

type MessageCode = CitizenProfileIssueCode | "profile_invalid" | "already_registered"

const MESSAGES: Record<Locale, Record<MessageCode, string>> = {
  it: {
    codice_fiscale_invalid:
      "Il codice fiscale non è valido: controlla le 16 lettere e cifre.",
    codice_fiscale_taken:
      "Questo codice fiscale è già registrato. Accedi con il tuo account o rivolgiti a un Social Point.",
    comune_not_in_ambito:
      "Il comune indicato non fa parte dell'Ambito: scegli il tuo comune di residenza dall'elenco.",
    household_size_out_of_range: `Il nucleo familiare deve contare da ${HOUSEHOLD_SIZE_MIN} a ${HOUSEHOLD_SIZE_MAX} persone.`,
    profile_invalid: "Alcuni dati del profilo non sono corretti.",
    already_registered: "Questo account è già registrato come cittadino.",
  },
  en: {
    codice_fiscale_invalid:
      "The codice fiscale is not valid: check its 16 letters and digits.",
    codice_fiscale_taken:
      "This codice fiscale is already registered. Log in with your account or ask at a Social Point.",
    comune_not_in_ambito:
      "That comune is not part of the Ambito: choose your comune of residence from the list.",
    household_size_out_of_range: `The household must count from ${HOUSEHOLD_SIZE_MIN} to ${HOUSEHOLD_SIZE_MAX} people.`,
    profile_invalid: "Some profile details are not correct.",
    already_registered: "This account is already registered as a citizen.",
  },
}

/** Italian unless the caller prefers English: the platform's first language is Italian. */
export function localeFrom(acceptLanguage: string | undefined): Locale {
  const first = (acceptLanguage ?? "").split(",")[0]?.trim().toLowerCase() ?? ""
  return first.startsWith("en") ? "en" : "it"
}

export function message(code: MessageCode, locale: Locale = "it"): string {
  return MESSAGES[locale][code]
}
