import { NextResponse } from "next/server"
import { cartItemCount } from "@/lib/data/cart"
import { retrieveCustomer } from "@/lib/data/customer"
import type { SessionSummary } from "@/lib/types"

export const dynamic = "force-dynamic"

/** The header's personal bits (cart count, name), read from the cookies after the page loads. */
export async function GET() {
  const [cartCount, customer] = await Promise.all([cartItemCount(), retrieveCustomer()])
  const body: SessionSummary = { cartCount, customerName: customer?.first_name || customer?.email || null }
  return NextResponse.json(body, { headers: { "cache-control": "private, no-store" } })
}
