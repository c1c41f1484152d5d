"use client"

import { useEffect } from "react"
import { useSession } from "./SessionProvider"

/** Rendered by pages whose server actions change the cart: refreshes the header when the count changes. */
export function SessionSync({ cartCount }: { cartCount: number }) {
  const { refresh } = useSession()
  useEffect(refresh, [cartCount, refresh])
  return null
}
