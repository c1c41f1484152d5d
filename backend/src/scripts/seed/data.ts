import fs from "fs"
import path from "path"

/** The demo data lives in readable JSON files under src/seed-data; this reads them typed. */
const dataDir = path.join(__dirname, "..", "..", "seed-data")

function read<T>(file: string): T {
  return JSON.parse(fs.readFileSync(path.join(dataDir, file), "utf-8")) as T
}

export type SeedComune = {
  istat_code: string
  name: string
  province: string
  cadastral_code: string
  population: number
}

export type SeedCareArea = {
  handle: string
  name: string
  description: string
  description_en: string
  image: string
  subcategories: { handle: string; name: string; name_en: string }[]
}

export type SeedCooperative = {
  handle: string
  name: string
  legal_name: string
  partita_iva: string
  codice_fiscale: string
  iban: string
  address: string
  comune: string
  email: string
  phone: string
  care_areas: string[]
  comuni_served: string[]
  description: string
}

export type SeedCooperativeMember = {
  cooperative: string
  role: "cooperative_owner" | "cooperative_staff"
  email: string
  password: string
  first_name: string
  last_name: string
}

export type SeedService = {
  handle: string
  title: string
  description: string
  care_area: string
  subcategory: string
  cooperative: string
  price_eur: number
  unit: string
  duration: string
  vat_rate: 5 | 22
  bookable: boolean
}

export type SeedCitizen = {
  email: string
  password: string
  first_name: string
  last_name: string
  phone: string
  comune: string
  codice_fiscale: string
  /** What the codice fiscale encodes; registration checks them against it. */
  sex: "F" | "M"
  birth_date: string
  household_size: number
  address: {
    address_1: string
    postal_code: string
    city: string
    province: string
    country_code: string
  }
}

type SeedAdmin = { email: string; password: string; first_name: string; last_name: string }

export type SeedAccounts = {
  /** The platform administrator: users, API keys, store settings. */
  platform_admin: SeedAdmin
  /** The Ufficio di Piano operator. */
  admin: SeedAdmin
  citizens: SeedCitizen[]
  cooperative_members: SeedCooperativeMember[]
}

export const seedData = {
  comuni: () => read<SeedComune[]>("comuni.json"),
  careAreas: () => read<SeedCareArea[]>("care-areas.json"),
  cooperatives: () => read<SeedCooperative[]>("cooperatives.json"),
  /** Cooperatives that have applied and wait for the Ufficio di Piano's decision. */
  cooperativeApplications: () => read<SeedCooperative[]>("cooperative-applications.json"),
  services: () => read<SeedService[]>("services.json"),
  accounts: () => read<SeedAccounts>("accounts.json"),
}
