import type { CitizenProfileIssueCode } from "./citizen-rules"
import { HOUSEHOLD_SIZE_MAX, HOUSEHOLD_SIZE_MIN } from "./citizen-rules"

export type Locale = "it" | "en"

type MessageCode =
  | CitizenProfileIssueCode
  | "profile_invalid"
  | "already_registered"
  | "identity_locked"
  | "profile_missing"
  | "change_request_pending"
  | "change_request_no_change"
  | "change_request_decided"
  | "change_request_reason_required"

const MESSAGES: Record<Locale, Record<MessageCode, string>> = {
  it: {
    codice_fiscale_invalid:
      "Il codice fiscale non è valido: controlla le 16 lettere e cifre.",
    // Says how to get back in, never anything about the account that holds the code.
    codice_fiscale_taken:
      "Questo codice fiscale risulta già registrato. Se è il tuo, recupera l'accesso con «Password dimenticata?» dalla pagina di accesso, usando l'e-mail con cui ti sei registrato; se non ricordi l'e-mail o pensi che qualcuno abbia usato il tuo codice, rivolgiti a un Social Point con un documento d'identità.",
    codice_fiscale_surname_mismatch:
      "Il cognome non corrisponde al codice fiscale: controlla il cognome e il codice.",
    codice_fiscale_name_mismatch:
      "Il nome non corrisponde al codice fiscale: controlla il nome (tutti i nomi, se ne hai più di uno) e il codice.",
    codice_fiscale_sex_mismatch:
      "Il sesso indicato non corrisponde al codice fiscale.",
    codice_fiscale_birth_date_mismatch:
      "La data di nascita non corrisponde al codice fiscale: controlla giorno, mese e anno.",
    comune_not_in_ambito:
      "Il comune indicato non fa parte dell'Ambito: scegli il tuo comune di residenza dall'elenco.",
    household_size_out_of_range: `Il nucleo familiare deve contare da ${HOUSEHOLD_SIZE_MIN} a ${HOUSEHOLD_SIZE_MAX} persone.`,
    profile_invalid: "Alcuni dati del profilo non sono corretti.",
    already_registered: "Questo account è già registrato come cittadino.",
    identity_locked:
      "Codice fiscale, nome, cognome, sesso e data di nascita non si possono modificare dopo la registrazione. Per correggerli rivolgiti a un Social Point.",
    profile_missing:
      "Il tuo account non ha ancora un profilo cittadino: rivolgiti a un Social Point per completarlo.",
    change_request_pending:
      "Hai già una richiesta di modifica in attesa di verifica: attendi la risposta dell'Ufficio di Piano.",
    change_request_no_change:
      "La richiesta non cambia nulla: indica un comune o un nucleo familiare diversi da quelli attuali.",
    change_request_decided: "Questa richiesta è già stata esaminata.",
    change_request_reason_required: "Indica il motivo del rifiuto: il cittadino lo leggerà.",
  },
  en: {
    codice_fiscale_invalid:
      "The codice fiscale is not valid: check its 16 letters and digits.",
    codice_fiscale_taken:
      "This codice fiscale is already registered. If it is yours, recover your account with \"Forgot your password?\" on the log-in page, using the e-mail you registered with; if you do not remember the e-mail or think someone else used your code, go to a Social Point with an identity document.",
    codice_fiscale_surname_mismatch:
      "The surname does not match the codice fiscale: check the surname and the code.",
    codice_fiscale_name_mismatch:
      "The first name does not match the codice fiscale: check the name (all your names, if you have more than one) and the code.",
    codice_fiscale_sex_mismatch: "The sex given does not match the codice fiscale.",
    codice_fiscale_birth_date_mismatch:
      "The date of birth does not match the codice fiscale: check day, month and year.",
    comune_not_in_ambito:
      "That comune is not part of the Ambito: choose your comune of residence from the list.",
    household_size_out_of_range: `The household must count from ${HOUSEHOLD_SIZE_MIN} to ${HOUSEHOLD_SIZE_MAX} people.`,
    profile_invalid: "Some profile details are not correct.",
    already_registered: "This account is already registered as a citizen.",
    identity_locked:
      "The codice fiscale, name, surname, sex and date of birth cannot be changed after registration. To correct them, go to a Social Point.",
    profile_missing: "Your account has no citizen profile yet: go to a Social Point to complete it.",
    change_request_pending:
      "You already have a change request awaiting verification: wait for the Ufficio di Piano's answer.",
    change_request_no_change:
      "The request changes nothing: give a comune or household different from the current ones.",
    change_request_decided: "This request has already been decided.",
    change_request_reason_required: "Give the reason for the refusal: the citizen will read it.",
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
