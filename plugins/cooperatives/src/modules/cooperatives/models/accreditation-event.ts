import { model } from "@medusajs/framework/utils"
import { ALL_ACCREDITATION_STATUSES } from "../../../lib/cooperative-rules"
import { Cooperative } from "./cooperative"

/** One step of a cooperative's accreditation history: the new status, when, who and why. */
export const AccreditationEvent = model.define("accreditation_event", {
  id: model.id({ prefix: "accr" }).primaryKey(),
  status: model.enum(ALL_ACCREDITATION_STATUSES),
  actor_id: model.text().nullable(),
  reason: model.text().nullable(),
  occurred_at: model.dateTime(),
  cooperative: model.belongsTo(() => Cooperative, { mappedBy: "accreditation_events" }),
})
