import type { FieldErrorCode, ValidationFieldError } from "./types"

/** A field error as the API sent it: the code is checked against the known ones where it is used. */
type ReceivedFieldError = Omit<ValidationFieldError, "code"> & { code: string }

/**
 * An error from the Medusa backend that keeps the HTTP status, the message and,
 * for our validation routes, the per-field errors.
 */
export class ApiError extends Error {
  readonly status: number
  readonly type?: string
  readonly fieldErrors: ReceivedFieldError[]

  constructor(message: string, status: number, type?: string, fieldErrors: ReceivedFieldError[] = []) {
    super(message)
    this.name = "ApiError"
    this.status = status
    this.type = type
    this.fieldErrors = fieldErrors
  }
}

type ErrorLike = { message?: unknown; status?: unknown; type?: unknown; errors?: unknown }

const FIELD_CODES: readonly string[] = [
  "codice_fiscale_invalid",
  "codice_fiscale_taken",
  "codice_fiscale_surname_mismatch",
  "codice_fiscale_name_mismatch",
  "codice_fiscale_sex_mismatch",
  "codice_fiscale_birth_date_mismatch",
  "identity_locked",
  "comune_not_in_ambito",
  "household_size_out_of_range",
] satisfies FieldErrorCode[]

function parseFieldErrors(errors: unknown): ReceivedFieldError[] {
  if (!Array.isArray(errors)) return []
  return errors.flatMap((entry: { field?: unknown; code?: unknown; message?: unknown }) =>
    typeof entry?.field === "string" && typeof entry.code === "string"
      ? [{ field: entry.field, code: entry.code, message: String(entry.message ?? "") }]
      : []
  )
}

export const isKnownFieldCode = (code: string): code is FieldErrorCode => FIELD_CODES.includes(code)

/** Turns the js-sdk's FetchError (or any thrown value) into an ApiError. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error
  const e = (error ?? {}) as ErrorLike
  const status = typeof e.status === "number" ? e.status : 500
  const message = typeof e.message === "string" && e.message ? e.message : "Unexpected error"
  return new ApiError(message, status, typeof e.type === "string" ? e.type : undefined, parseFieldErrors(e.errors))
}

/** Builds an ApiError from a non-2xx response of a plain fetch. */
export async function apiErrorFromResponse(response: Response): Promise<ApiError> {
  const body = (await response.json().catch(() => ({}))) as ErrorLike
  return toApiError({ ...body, status: response.status, message: body.message || response.statusText })
}

/** Rethrows as ApiError: use as `.catch(rethrow)` on js-sdk calls. */
export function rethrow(error: unknown): never {
  throw toApiError(error)
}
