import { model } from "@medusajs/framework/utils"
import { CitizenProfile } from "./citizen-profile"

/** A municipality of the Ambito, identified by its ISTAT code. */
export const Comune = model.define("comune", {
  id: model.id({ prefix: "com" }).primaryKey(),
  istat_code: model.text().unique(),
  name: model.text().searchable(),
  province: model.text(),
  cadastral_code: model.text().nullable(),
  population: model.number().nullable(),
  profiles: model.hasMany(() => CitizenProfile, { mappedBy: "comune" }),
})
