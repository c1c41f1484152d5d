"use client"

import { useEffect } from "react"

/** Moves focus to an element once the page shows (the next checkout step's heading). */
export function FocusOnMount({ targetId }: { targetId: string }) {
  useEffect(() => {
    document.getElementById(targetId)?.focus()
  }, [targetId])
  return null
}
