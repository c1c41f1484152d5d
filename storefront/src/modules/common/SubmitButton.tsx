"use client"

import type { ReactNode } from "react"
import { useFormStatus } from "react-dom"
import { buttonClass } from "./button-class"

/** The form's submit button, disabled while the server action runs. */
export function SubmitButton({ children, pendingLabel, color = "primary", className }: {
  children: ReactNode
  pendingLabel: string
  color?: "primary" | "secondary" | "danger"
  className?: string
}) {
  const { pending } = useFormStatus()
  return (
    <button type="submit" className={buttonClass(color, pending, className)} disabled={pending} aria-disabled={pending}>
      {pending ? pendingLabel : children}
    </button>
  )
}
