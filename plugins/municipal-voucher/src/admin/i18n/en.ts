import type { it } from "./it"

/** English strings of the voucher admin: the same keys as the Italian ones. */
export const en: typeof it = {
  municipalVoucher: {
    nav: "Municipal vouchers",
    schemes: { title: "Voucher schemes", subtitle: "Municipal vouchers assigned to the Ambito's citizens", new: "New scheme", empty: "No schemes", open: "Open the scheme {{name}}" },
    columns: { scheme: "Scheme", careAreas: "Care areas", window: "Validity", status: "Status", citizen: "Citizen", balance: "Balance", expiry: "Expiry", date: "Date", movement: "Movement", order: "Order", who: "Who", reason: "Reason", amount: "Amount", row: "Row", outcome: "Outcome", email: "E-mail" },
    form: {
      name: "Scheme name", funding: "Funding source", comuni: "Funding comuni", careAreas: "Care areas",
      starts: "Start", ends: "End", max: "Maximum per citizen (€)", create: "Create scheme", save: "Save changes",
      created: "Scheme created", saved: "Scheme updated", required: "Fill in: {{field}}", chooseOne: "Choose at least one: {{field}}",
      edit: "Edit the scheme", cancel: "Cancel",
    },
    close: { button: "Close the scheme", title: "Close the scheme?", body: "No more vouchers can be assigned and those already assigned can no longer be spent. Orders already placed stay as they are.", confirm: "Close", done: "Scheme closed" },
    assign: {
      title: "Assign a voucher to a citizen", search: "Search by name, e-mail or codice fiscale", searching: "Searching…", none: "No citizen found",
      amount: "Amount (€)", validUntil: "Valid until (optional)", reason: "Reason (optional)", submit: "Assign voucher", done: "Voucher assigned to {{name}}", pick: "Choose a citizen",
    },
    import: {
      title: "Import from CSV", hint: "Header: email or customer_id, amount, valid_until (YYYY-MM-DD, optional)", file: "CSV file", check: "Check the file",
      ok: "{{count}} rows are correct: no voucher has been assigned yet.", wrong: "The file has errors: fix it and check it again. No voucher was assigned.",
      confirm: "Confirm and assign {{count}} vouchers", done: "{{count}} vouchers assigned", valid: "Correct",
    },
    vouchers: { title: "Vouchers of the scheme", empty: "No vouchers assigned", open: "Open {{name}}'s voucher" },
    voucher: {
      balanceOf: "Balance {{balance}} of {{granted}} · expires on {{date}}", suspend: "Suspend", reinstate: "Reinstate", suspended: "Voucher suspended", reinstated: "Voucher reinstated",
      ledger: "Movements", noEntries: "No movements",
    },
    adjust: { title: "Adjustment", amount: "Amount (€, negative to remove)", reason: "Reason (required)", submit: "Record adjustment", done: "Adjustment recorded", reasonRequired: "A reason is required (at least 3 characters)." },
    kind: { grant: "Grant", hold: "Hold", capture: "Payment", release: "Release", refund: "Refund", reversal: "Refund reversed", expiry: "Expiry", adjustment: "Adjustment" },
    status: { active: "Active", suspended: "Suspended", expired: "Expired", exhausted: "Used up", closed: "Closed" },
    schemeStatus: { active: "Active", closed: "Closed" },
    order: {
      title: "Voucher payment", byVoucher: "Paid by voucher", byCard: "Paid by card", refundLine: "Refund a line (vouchers first, then the card)",
      line: "Order line", amount: "Amount to refund", reason: "Reason for the refund", refund: "Refund", done: "Refund recorded",
      confirmTitle: "Confirm the refund?", confirmBody: "You refund {{amount}} for “{{line}}”: first to the vouchers that paid it, then to the card.", confirm: "Refund",
      captureFirst: "Capture the card payment first: the refund exceeds the part paid by voucher.",
    },
    loading: "Loading…", loadError: "Could not load the data", system: "System", cancel: "Cancel",
  },
}
