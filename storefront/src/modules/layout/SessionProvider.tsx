"use client"

import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from "react"
import { usePathname } from "@/i18n/navigation"
import type { SessionSummary } from "@/lib/types"

type SessionContextValue = { session: SessionSummary | null; refresh: () => void }

const SessionContext = createContext<SessionContextValue>({ session: null, refresh: () => {} })

/**
 * Loads the visitor's cart count and name from /api/session after the page is
 * shown, so catalogue pages stay static and identical for everybody.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<SessionSummary | null>(null)
  const pathname = usePathname()

  const refresh = useCallback(() => {
    fetch("/api/session", { cache: "no-store", credentials: "same-origin" })
      .then((response) => (response.ok ? (response.json() as Promise<SessionSummary>) : null))
      .then(setSession)
      // The header keeps its generic links when the session cannot be read.
      .catch(() => setSession(null))
  }, [])

  useEffect(refresh, [pathname, refresh])

  return <SessionContext.Provider value={{ session, refresh }}>{children}</SessionContext.Provider>
}

export const useSession = () => useContext(SessionContext)
