import "server-only"
import { cookies } from "next/headers"

const CART_COOKIE = "_tw_cart_id"
const AUTH_COOKIE = "_tw_jwt"

const cookieOptions = (maxAgeDays: number) => ({
  httpOnly: true,
  sameSite: "lax" as const,
  // Browsers accept Secure cookies on http://localhost, so the demo works too.
  secure: process.env.NODE_ENV === "production" && process.env.COOKIE_INSECURE !== "true",
  path: "/",
  maxAge: maxAgeDays * 24 * 60 * 60,
})

export async function getCartId(): Promise<string | undefined> {
  return (await cookies()).get(CART_COOKIE)?.value
}

export async function setCartId(id: string): Promise<void> {
  ;(await cookies()).set(CART_COOKIE, id, cookieOptions(30))
}

export async function removeCartId(): Promise<void> {
  ;(await cookies()).delete(CART_COOKIE)
}

export async function getAuthToken(): Promise<string | undefined> {
  return (await cookies()).get(AUTH_COOKIE)?.value
}

export async function setAuthToken(token: string): Promise<void> {
  ;(await cookies()).set(AUTH_COOKIE, token, cookieOptions(7))
}

export async function removeAuthToken(): Promise<void> {
  ;(await cookies()).delete(AUTH_COOKIE)
}

/** Headers for js-sdk calls made on behalf of the logged-in citizen (empty for guests). */
export async function authHeaders(): Promise<Record<string, string>> {
  const token = await getAuthToken()
  return token ? { authorization: `Bearer ${token}` } : {}
}
