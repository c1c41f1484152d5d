import { decide } from "../../decide"

/** The requested values become the citizen's verified profile. */
export const POST = decide("approve")
