"use client"

import { useTranslations } from "next-intl"
import { useEffect, useRef } from "react"

/**
 * A refused form's errors at its top, as the Italian design system does it: focus moves here
 * (so a screen reader announces it and a phone scrolls to it), and each error links to its field.
 * `fields` maps a field's name to its label and translated error, in the form's order.
 */
export function ErrorSummary({ fields, idPrefix = "field-" }: { fields: { name: string; label: string; error: string }[]; idPrefix?: string }) {
  const t = useTranslations("errors")
  const box = useRef<HTMLDivElement>(null)
  const key = fields.map((f) => `${f.name}:${f.error}`).join("|")
  useEffect(() => {
    if (key) box.current?.focus()
  }, [key])
  if (fields.length === 0) return null
  return (
    <div ref={box} tabIndex={-1} className="alert alert-danger" role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" className="h5">{t("summaryTitle", { count: fields.length })}</h2>
      <ul className="mb-0">
        {fields.map((field) => (
          <li key={field.name}>
            <a href={`#${idPrefix}${field.name}`}>{field.label}: {field.error}</a>
          </li>
        ))}
      </ul>
    </div>
  )
}
