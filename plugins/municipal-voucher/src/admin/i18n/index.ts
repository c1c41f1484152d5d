import { en } from "./en"
import { it } from "./it"

/** The voucher admin's strings, merged by the admin into its own (react-i18next, namespace "translation"). */
export default {
  it: { translation: it },
  en: { translation: en },
}
