import { timingSafeEqual } from "node:crypto"
import { revalidateTag } from "next/cache"
import { NextResponse, type NextRequest } from "next/server"

export const dynamic = "force-dynamic"

function sameSecret(given: string | null, expected: string | undefined): boolean {
  if (!given || !expected) return false
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * Called by the backend when products, prices or categories change:
 * `{ tags: ["products", ...] }` with the shared secret in `x-revalidate-secret`.
 */
export async function POST(request: NextRequest) {
  if (!sameSecret(request.headers.get("x-revalidate-secret"), process.env.REVALIDATE_SECRET)) {
    return NextResponse.json({ message: "Invalid revalidation secret" }, { status: 401 })
  }
  const body = (await request.json().catch(() => null)) as { tags?: unknown } | null
  const tags = Array.isArray(body?.tags) ? body.tags.filter((tag): tag is string => typeof tag === "string" && tag.length > 0) : null
  if (!tags) return NextResponse.json({ message: "Body must be { tags: string[] }" }, { status: 400 })
  for (const tag of tags) revalidateTag(tag)
  return NextResponse.json({ revalidated: tags, now: Date.now() })
}
