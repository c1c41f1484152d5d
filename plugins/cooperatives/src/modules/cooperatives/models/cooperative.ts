import { model } from "@medusajs/framework/utils"
import { ALL_ACCREDITATION_STATUSES, ACCREDITATION_STATUSES } from "../../../lib/cooperative-rules"
import { AccreditationEvent } from "./accreditation-event"

/**
 * A social cooperative that sells services on the platform. Care areas are product-category
 * handles and comuni are ISTAT codes: the Ambito's own data, read through Query.
 */
export const Cooperative = model
  .define("cooperative", {
    id: model.id({ prefix: "coop" }).primaryKey(),
    handle: model.text(),
    name: model.text().searchable(),
    legal_name: model.text(),
    partita_iva: model.text(),
    codice_fiscale: model.text(),
    iban: model.text().nullable(),
    address: model.text(),
    comune: model.text(),
    consortium: model.text().nullable(),
    care_areas: model.array(),
    comuni_served: model.array(),
    description: model.text().nullable(),
    logo_url: model.text().nullable(),
    email: model.text(),
    phone: model.text().nullable(),
    website: model.text().nullable(),
    status: model.enum(ALL_ACCREDITATION_STATUSES).default(ACCREDITATION_STATUSES.PENDING),
    accreditation_events: model.hasMany(() => AccreditationEvent, { mappedBy: "cooperative" }),
  })
  .cascades({ delete: ["accreditation_events"] })
  .indexes([
    { on: ["handle"], unique: true, where: "deleted_at IS NULL" },
    { on: ["partita_iva"], unique: true, where: "deleted_at IS NULL" },
    { on: ["status"], where: "deleted_at IS NULL" },
  ])
