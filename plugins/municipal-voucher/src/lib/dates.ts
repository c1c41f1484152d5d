import { DateTime } from "luxon"

/** Dates entered by operators are days in Italy, whatever the server's time zone. */
export const OPERATOR_TIME_ZONE = "Europe/Rome"

const DAY_ONLY = /^\d{4}-\d{2}-\d{2}$/

/**
 * A date an operator typed (a form field or a CSV cell). A bare day ("2026-12-31") means
 * that whole day in Italy: its first instant for a start, its last for an end or expiry.
 * Anything with a time is taken as given. Returns null for something that is not a date.
 */
export function parseOperatorDate(value: string | Date, edge: "start" | "end"): Date | null {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? null : value
  }
  const text = value.trim()
  if (DAY_ONLY.test(text)) {
    const day = DateTime.fromISO(text, { zone: OPERATOR_TIME_ZONE })
    if (!day.isValid) {
      return null
    }
    return (edge === "start" ? day.startOf("day") : day.endOf("day")).toJSDate()
  }
  const parsed = new Date(text)
  return Number.isNaN(parsed.getTime()) ? null : parsed
}
