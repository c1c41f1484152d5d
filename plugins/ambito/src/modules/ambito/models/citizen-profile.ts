import { model } from "@medusajs/framework/utils"
import { CitizenProfileChangeRequest } from "./citizen-profile-change-request"
import { Comune } from "./comune"
import { HOUSEHOLD_SIZE_MAX, HOUSEHOLD_SIZE_MIN } from "../../../lib/citizen-rules"

/**
 * What the welfare platform knows of a citizen beyond the Medusa customer:
 * residence, codice fiscale and household size. Linked to the customer.
 */
export const CitizenProfile = model
  .define("citizen_profile", {
    id: model.id({ prefix: "citp" }).primaryKey(),
    codice_fiscale: model.text(),
    household_size: model.number(),
    comune: model.belongsTo(() => Comune, { mappedBy: "profiles" }),
    // What the codice fiscale encodes, declared and checked at registration; null for
    // profiles made before it was asked.
    sex: model.enum(["F", "M"]).nullable(),
    date_of_birth: model.text().nullable(),
    change_requests: model.hasMany(() => CitizenProfileChangeRequest, { mappedBy: "profile" }),
  })
  .indexes([
    // One profile per person, even across soft deletes being restored.
    { on: ["codice_fiscale"], unique: true, where: "deleted_at IS NULL" },
  ])
  .checks([
    {
      name: "citizen_profile_household_size_range",
      expression: (columns) =>
        `${columns.household_size} BETWEEN ${HOUSEHOLD_SIZE_MIN} AND ${HOUSEHOLD_SIZE_MAX}`,
    },
  ])
