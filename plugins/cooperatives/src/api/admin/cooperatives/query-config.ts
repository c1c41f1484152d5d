export const cooperativeFields = [
  "id",
  "handle",
  "name",
  "legal_name",
  "partita_iva",
  "codice_fiscale",
  "iban",
  "address",
  "comune",
  "consortium",
  "care_areas",
  "comuni_served",
  "description",
  "logo_url",
  "email",
  "phone",
  "website",
  "status",
  "created_at",
  "updated_at",
]

export const listCooperativesQueryConfig = { defaults: cooperativeFields, isList: true }

export const retrieveCooperativeQueryConfig = {
  defaults: [...cooperativeFields, "accreditation_events.*"],
  isList: false,
}
