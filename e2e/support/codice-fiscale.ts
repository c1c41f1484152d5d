import type CodiceFiscaleType from "codice-fiscale-js"

// The package's typings declare a default export; its CommonJS build exports { CodiceFiscale }.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { CodiceFiscale } = require("codice-fiscale-js") as { CodiceFiscale: typeof CodiceFiscaleType }

const NAMES = ["Giulia", "Marco", "Chiara", "Luca", "Sara", "Paolo", "Elena", "Davide"]
const SURNAMES = ["Colombo", "Ferrari", "Brambilla", "Galli", "Fontana", "Riva", "Sala", "Monti"]
const pick = <T>(list: T[]) => list[Math.floor(Math.random() * list.length)]

/** A made-up person with the codice fiscale that names, sex and date of birth give. */
export type Person = {
  first_name: string
  last_name: string
  sex: "F" | "M"
  /** YYYY-MM-DD, as a date input takes it */
  date_of_birth: string
  codice_fiscale: string
}

/**
 * A random person born in Tradate (the parts not given are drawn), so every run registers
 * someone new whose code agrees with what the registration form declares.
 */
export function randomPerson(given: Partial<Pick<Person, "first_name" | "last_name" | "sex">> = {}): Person {
  const first_name = given.first_name ?? pick(NAMES)
  const last_name = given.last_name ?? pick(SURNAMES)
  const sex = given.sex ?? (Math.random() < 0.5 ? "F" : "M")
  const day = 1 + Math.floor(Math.random() * 28)
  const month = 1 + Math.floor(Math.random() * 12)
  const year = 1940 + Math.floor(Math.random() * 60)
  const codice_fiscale = CodiceFiscale.compute({
    name: first_name,
    surname: last_name,
    gender: sex,
    day,
    month,
    year,
    birthplace: "Tradate",
    birthplaceProvincia: "VA",
  })
  const pad = (n: number) => String(n).padStart(2, "0")
  return { first_name, last_name, sex, date_of_birth: `${year}-${pad(month)}-${pad(day)}`, codice_fiscale }
}

/** A valid codice fiscale for a random made-up person. */
export function randomCodiceFiscale(): string {
  return randomPerson().codice_fiscale
}

/** A well-formed code with a wrong check character: only the algorithm can tell it is invalid. */
export function invalidCodiceFiscale(): string {
  const valid = randomCodiceFiscale()
  const wrong = valid[15] === "A" ? "B" : "A"
  return valid.slice(0, 15) + wrong
}
