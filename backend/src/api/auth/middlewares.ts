import type { MiddlewareRoute } from "@medusajs/framework/http"
import { byEmail, byIp, envInt, limiter } from "../../lib/rate-limit"

const WINDOW_MINUTES = envInt("AUTH_RATE_LIMIT_WINDOW_MINUTES", 15)

/**
 * Failed logins: 10 per account and 100 per address in 15 minutes. Successful logins are not
 * counted, so a citizen is never locked out by someone else's failures from the same office
 * network, only by failures on their own account.
 */
const loginLimiters = (actor: "customer" | "user") => [
  limiter({
    name: `login-account-${actor}`,
    limit: envInt("LOGIN_MAX_FAILURES_PER_ACCOUNT", 10),
    windowMinutes: WINDOW_MINUTES,
    key: byEmail(actor),
    failuresOnly: true,
  }),
  limiter({
    name: `login-ip-${actor}`,
    limit: envInt("LOGIN_MAX_FAILURES_PER_IP", 100),
    windowMinutes: WINDOW_MINUTES,
    key: byIp,
    failuresOnly: true,
  }),
]

/** Registrations: every attempt counts, 10 per e-mail and 100 per address in 15 minutes. */
const registrationLimiters = [
  limiter({
    name: "register-account",
    limit: envInt("REGISTER_MAX_PER_ACCOUNT", 10),
    windowMinutes: WINDOW_MINUTES,
    key: byEmail("customer"),
  }),
  limiter({
    name: "register-ip",
    limit: envInt("REGISTER_MAX_PER_IP", 100),
    windowMinutes: WINDOW_MINUTES,
    key: byIp,
  }),
]

/**
 * Password reset e-mails: every request counts, 5 per e-mail (Medusa's body field `identifier`)
 * and 100 per address in 15 minutes, so nobody can flood a citizen's mailbox. Past the limit the
 * storefront answers as always, so the limit tells nothing about the account either.
 */
const resetLimiters = [
  limiter({
    name: "reset-account",
    limit: envInt("RESET_MAX_PER_ACCOUNT", 5),
    windowMinutes: WINDOW_MINUTES,
    key: byEmail("customer", "identifier"),
  }),
  limiter({
    name: "reset-ip",
    limit: envInt("RESET_MAX_PER_IP", 100),
    windowMinutes: WINDOW_MINUTES,
    key: byIp,
  }),
]

const customerLogin = loginLimiters("customer")
const userLogin = loginLimiters("user")

/** Rate limits on Medusa's login and registration routes and on the citizen registration. */
export const authRateLimitMiddlewares: MiddlewareRoute[] = [
  { matcher: "/auth/customer/emailpass", methods: ["POST"], middlewares: customerLogin },
  { matcher: "/auth/user/emailpass", methods: ["POST"], middlewares: userLogin },
  { matcher: "/auth/customer/emailpass/register", methods: ["POST"], middlewares: registrationLimiters },
  { matcher: "/auth/customer/emailpass/reset-password", methods: ["POST"], middlewares: resetLimiters },
]
