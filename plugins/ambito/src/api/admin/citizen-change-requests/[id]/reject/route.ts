import { decide } from "../../decide"

/** The profile stays as verified; the reason (required) is shown to the citizen. */
export const POST = decide("reject")
