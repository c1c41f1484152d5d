import { model } from "@medusajs/framework/utils"
import { HOUSEHOLD_SIZE_MAX, HOUSEHOLD_SIZE_MIN } from "../../../lib/citizen-rules"
import { CitizenProfile } from "./citizen-profile"

export const CHANGE_REQUEST_STATUSES = ["pending", "approved", "rejected"] as const
export type ChangeRequestStatus = (typeof CHANGE_REQUEST_STATUSES)[number]

/**
 * A citizen's request to change what the Ufficio di Piano verifies (comune of residence,
 * household size). The profile keeps its verified values until an operator approves; the
 * request keeps the values before and after, who asked, who decided and why, as history.
 */
export const CitizenProfileChangeRequest = model
  .define("citizen_profile_change_request", {
    id: model.id({ prefix: "cpcr" }).primaryKey(),
    profile: model.belongsTo(() => CitizenProfile, { mappedBy: "change_requests" }),
    status: model.enum([...CHANGE_REQUEST_STATUSES]).default("pending"),
    // Null when the request leaves that value as it is.
    requested_comune_id: model.text().nullable(),
    requested_household_size: model.number().nullable(),
    // The verified values when the request was made, so the history reads on its own.
    previous_comune_id: model.text(),
    previous_household_size: model.number(),
    /** The citizen's own words: why the change (a move, a birth). */
    note: model.text().nullable(),
    requested_by: model.text(),
    decided_by: model.text().nullable(),
    decided_at: model.dateTime().nullable(),
    /** The operator's reason, required on a refusal. */
    decision_reason: model.text().nullable(),
  })
  .indexes([
    // At most one request waiting per profile: the operator judges one change at a time.
    { on: ["profile_id"], unique: true, where: "status = 'pending' AND deleted_at IS NULL" },
  ])
  .checks([
    {
      name: "citizen_profile_change_request_household_size_range",
      expression: (columns) =>
        `${columns.requested_household_size} IS NULL OR ${columns.requested_household_size} BETWEEN ${HOUSEHOLD_SIZE_MIN} AND ${HOUSEHOLD_SIZE_MAX}`,
    },
  ])
