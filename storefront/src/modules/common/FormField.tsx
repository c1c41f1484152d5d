import type { ReactNode } from "react"

type Common = {
  name: string
  label: string
  /** the already translated error, shown under the field and announced with it */
  error?: string
  hint?: string
  required?: boolean
  id?: string
}

function describedBy(id: string, error?: string, hint?: string) {
  return [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined
}

function Feedback({ id, error, hint }: { id: string; error?: string; hint?: string }) {
  return (
    <>
      {hint ? <small id={`${id}-hint`} className="form-text d-block">{hint}</small> : null}
      {error ? <div id={`${id}-error`} className="invalid-feedback d-block">{error}</div> : null}
    </>
  )
}

type InputProps = Common & {
  type?: "text" | "email" | "password" | "tel" | "number" | "date"
  defaultValue?: string
  autoComplete?: string
  inputMode?: "numeric" | "text" | "email" | "tel"
  min?: number
  max?: number
  maxLength?: number
}

/** A labelled input; its hint and error are tied to it with aria-describedby. */
export function FormField({ name, label, error, hint, required, id = `field-${name}`, type = "text", ...rest }: InputProps) {
  return (
    <div className="form-group">
      <label htmlFor={id} className={`active${required ? " required-mark" : ""}`}>
        {label}
      </label>
      <input
        id={id}
        name={name}
        type={type}
        className={`form-control${error ? " is-invalid" : ""}`}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        {...rest}
      />
      <Feedback id={id} error={error} hint={hint} />
    </div>
  )
}

type SelectProps = Common & { defaultValue?: string; placeholder: string; children: ReactNode }

/** A labelled native select (keyboard and screen-reader friendly everywhere). */
export function SelectField({ name, label, error, hint, required, id = `field-${name}`, defaultValue, placeholder, children }: SelectProps) {
  return (
    <div className="select-wrapper">
      <label htmlFor={id} className={required ? "required-mark" : undefined}>
        {label}
      </label>
      {/* React applies a select's defaultValue only on mount: the key remounts it
          when a form comes back from the server with another value. */}
      <select
        key={defaultValue ?? ""}
        id={id}
        name={name}
        defaultValue={defaultValue ?? ""}
        className={error ? "is-invalid" : undefined}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
      >
        <option value="" disabled>
          {placeholder}
        </option>
        {children}
      </select>
      <Feedback id={id} error={error} hint={hint} />
    </div>
  )
}
