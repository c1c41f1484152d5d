import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ipKeyGenerator, rateLimit, type RateLimitRequestHandler, type Store } from "express-rate-limit"
import Redis from "ioredis"
import { RedisStore, type RedisReply } from "rate-limit-redis"

type Locale = "it" | "en"

const MESSAGES: Record<Locale, (minutes: number) => string> = {
  it: (minutes) =>
    `Troppi tentativi. Per proteggere l'account, riprova tra ${minutes} ${minutes === 1 ? "minuto" : "minuti"}.`,
  en: (minutes) =>
    `Too many attempts. To protect the account, try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`,
}

const localeOf = (req: MedusaRequest): Locale =>
  /^\s*en\b/i.test(String(req.headers["accept-language"] ?? "")) ? "en" : "it"

let redis: Redis | undefined

/**
 * With REDIS_URL set the counts live in Redis, shared by every API server; otherwise in this
 * process's memory (one process: the demo and the tests).
 */
function storeFor(name: string): Store | undefined {
  const url = process.env.REDIS_URL
  if (!url) {
    return undefined
  }
  redis ??= new Redis(url, { maxRetriesPerRequest: 3 })
  const client = redis
  return new RedisStore({
    prefix: `${process.env.RATE_LIMIT_REDIS_PREFIX || "tw:rate-limit:"}${name}:`,
    sendCommand: (command: string, ...args: string[]) => client.call(command, ...args) as Promise<RedisReply>,
  })
}

export type LimiterOptions = {
  /** Names the counter (and its Redis keys). */
  name: string
  /** Attempts allowed per key in the window. */
  limit: number
  windowMinutes: number
  /** Whose attempts are counted together; undefined skips the limiter for this request. */
  key: (req: MedusaRequest) => string | undefined
  /** Count only answers of 400 and above (failed logins), not successful ones. */
  failuresOnly?: boolean
}

/** An express-rate-limit middleware that answers 429 with Retry-After and a message in Italian or English. */
export function limiter({ name, limit, windowMinutes, key, failuresOnly = false }: LimiterOptions): RateLimitRequestHandler {
  const windowMs = windowMinutes * 60_000
  return rateLimit({
    windowMs,
    limit,
    standardHeaders: "draft-8",
    legacyHeaders: false,
    skipSuccessfulRequests: failuresOnly,
    store: storeFor(name),
    identifier: name,
    skip: (req) => key(req as MedusaRequest) === undefined,
    keyGenerator: (req) => key(req as MedusaRequest)!,
    handler: (req, res) => {
      const resetTime = (req as MedusaRequest & { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime
      const seconds = Math.max(1, Math.ceil(((resetTime?.getTime() ?? Date.now() + windowMs) - Date.now()) / 1000))
      res.setHeader("Retry-After", String(seconds))
      ;(res as MedusaResponse).status(429).json({
        type: "too_many_requests",
        message: MESSAGES[localeOf(req as MedusaRequest)](Math.ceil(seconds / 60)),
      })
    },
  })
}

/** The client's address (behind one proxy: Medusa trusts one hop), IPv6 grouped by /56. */
export const byIp = (req: MedusaRequest): string => ipKeyGenerator(req.ip ?? req.socket.remoteAddress ?? "unknown")

/** The account named in the body (e-mail, case-insensitive), or undefined when there is none. */
export const byEmail =
  (scope: string, field = "email") =>
  (req: MedusaRequest): string | undefined => {
    const email = (req.body as Record<string, unknown> | undefined)?.[field]
    return typeof email === "string" && email.trim() ? `${scope}:${email.trim().toLowerCase()}` : undefined
  }

/** A positive integer from the environment, or the default. */
export function envInt(name: string, fallback: number): number {
  const value = Number(process.env[name])
  return Number.isInteger(value) && value > 0 ? value : fallback
}
