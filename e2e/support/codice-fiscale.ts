import type CodiceFiscaleType from "codice-fiscale-js"

// The package's typings declare a default export; its CommonJS build exports { CodiceFiscale }.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { CodiceFiscale } = require("codice-fiscale-js") as { CodiceFiscale: typeof CodiceFiscaleType }

const NAMES = ["Giulia", "Marco", "Chiara", "Luca", "Sara", "Paolo", "Elena", "Davide"]
const SURNAMES = ["Colombo", "Ferrari", "Brambilla", "Galli", "Fontana", "Riva", "Sala", "Monti"]
const pick = <T>(list: T[]) => list[Math.floor(Math.random() * list.length)]

/** A valid codice fiscale for a random made-up person born in Tradate, so every run registers someone new. */
export function randomCodiceFiscale(): string {
  return CodiceFiscale.compute({
    name: pick(NAMES),
    surname: pick(SURNAMES),
    gender: Math.random() < 0.5 ? "F" : "M",
    day: 1 + Math.floor(Math.random() * 28),
    month: 1 + Math.floor(Math.random() * 12),
    year: 1940 + Math.floor(Math.random() * 60),
    birthplace: "Tradate",
    birthplaceProvincia: "VA",
  })
}

/** A well-formed code with a wrong check character: only the algorithm can tell it is invalid. */
export function invalidCodiceFiscale(): string {
  const valid = randomCodiceFiscale()
  const wrong = valid[15] === "A" ? "B" : "A"
  return valid.slice(0, 15) + wrong
}
