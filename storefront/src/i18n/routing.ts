import { defineRouting } from "next-intl/routing"

export const routing = defineRouting({
  locales: ["it", "en"],
  defaultLocale: "it",
  // Italian lives at "/", English at "/en/...".
  localePrefix: "as-needed",
  // The Ambito's site is Italian first: never redirect on Accept-Language, so "/"
  // is the same cacheable page for everybody.
  localeDetection: false,
})

export type Locale = (typeof routing.locales)[number]
