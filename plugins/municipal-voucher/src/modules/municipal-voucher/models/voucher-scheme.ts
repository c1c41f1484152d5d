import { model } from "@medusajs/framework/utils"
import { Voucher } from "./voucher"

/**
 * A scheme under which one or more comuni assign value to citizens: who funds it,
 * when it is valid, and what it may pay for (care areas, optionally cooperatives or products).
 */
export const VoucherScheme = model
  .define("voucher_scheme", {
    id: model.id({ prefix: "vsch" }).primaryKey(),
    name: model.text().searchable(),
    description: model.text().nullable(),
    /** ISTAT codes of the comuni funding the scheme; their residents may receive its vouchers. */
    comuni: model.array(),
    funding_source: model.text(),
    starts_at: model.dateTime(),
    ends_at: model.dateTime(),
    /** Handles of the care-area product categories the vouchers may pay for. */
    care_areas: model.array(),
    /** When set, only services of these cooperatives (by handle: the cooperatives plugin's link, or product metadata without it). */
    cooperative_handles: model.array().nullable(),
    /** When set, only these products. */
    product_ids: model.array().nullable(),
    max_per_citizen: model.bigNumber().nullable(),
    currency_code: model.text().default("eur"),
    status: model.enum(["active", "closed"]).default("active"),
    vouchers: model.hasMany(() => Voucher, { mappedBy: "scheme" }),
  })
  .checks([
    {
      name: "voucher_scheme_window",
      expression: (columns) => `${columns.ends_at} > ${columns.starts_at}`,
    },
    {
      name: "voucher_scheme_max_positive",
      expression: (columns) =>
        `${columns.max_per_citizen} IS NULL OR ${columns.max_per_citizen} > 0`,
    },
  ])
