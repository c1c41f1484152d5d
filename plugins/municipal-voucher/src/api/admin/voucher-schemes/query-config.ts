export const SCHEME_FIELDS = [
  "id",
  "name",
  "description",
  "comuni",
  "funding_source",
  "starts_at",
  "ends_at",
  "care_areas",
  "cooperative_handles",
  "product_ids",
  "max_per_citizen",
  "currency_code",
  "status",
  "created_at",
  "updated_at",
]

export const listSchemesQueryConfig = { defaults: SCHEME_FIELDS, isList: true }
export const retrieveSchemeQueryConfig = { defaults: SCHEME_FIELDS, isList: false }
