import Medusa from "@medusajs/js-sdk"

/** One client for every admin extension of this plugin; the dashboard's session cookie authenticates it. */
export const sdk = new Medusa({
  baseUrl: "/",
  auth: { type: "session" },
})
