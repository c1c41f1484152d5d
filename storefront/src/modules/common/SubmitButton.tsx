"use client"

import { Button } from "design-react-kit"
import type { ReactNode } from "react"
import { useFormStatus } from "react-dom"

/** The form's submit button, disabled while the server action runs. */
export function SubmitButton({ children, pendingLabel, color = "primary", className }: {
  children: ReactNode
  pendingLabel: string
  color?: "primary" | "secondary" | "danger"
  className?: string
}) {
  const { pending } = useFormStatus()
  return (
    <Button type="submit" color={color} className={className} disabled={pending} aria-disabled={pending}>
      {pending ? pendingLabel : children}
    </Button>
  )
}
