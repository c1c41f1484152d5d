import { defineConfig, loadEnv, Modules } from "@medusajs/framework/utils"
import { requireProductionSecrets } from "@tradatewelfare/secrets"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

// A production process never starts on a missing, short or template secret.
requireProductionSecrets(["JWT_SECRET", "COOKIE_SECRET", "REVALIDATE_SECRET"])

const redisUrl = process.env.REDIS_URL
const storefrontUrl = process.env.STOREFRONT_URL || "http://localhost:8000"
const backendUrl = process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"

/**
 * With REDIS_URL set, Medusa's Redis modules replace the in-process ones so that
 * several server and worker processes share events, workflows, locks and cache.
 */
const redisModules = redisUrl
  ? [
      {
        resolve: "@medusajs/medusa/event-bus-redis",
        options: { redisUrl },
      },
      {
        resolve: "@medusajs/medusa/workflow-engine-redis",
        options: { redis: { redisUrl } },
      },
      {
        resolve: "@medusajs/medusa/cache-redis",
        options: { redisUrl },
      },
      {
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            {
              resolve: "@medusajs/medusa/locking-redis",
              id: "locking-redis",
              is_default: true,
              options: { redisUrl },
            },
          ],
        },
      },
    ]
  : []

/** Municipal vouchers pay through their own provider (pp_municipal-voucher_voucher). */
const voucherProvider = {
  resolve: "@tradatewelfare/municipal-voucher/providers/municipal-voucher",
  id: "voucher",
  options: {},
}

/** Card payments go through Stripe when its key is set; otherwise the system provider stands in. */
const cardProviders = process.env.STRIPE_API_KEY
  ? [
      {
        resolve: "@medusajs/medusa/payment-stripe",
        id: "stripe",
        options: {
          apiKey: process.env.STRIPE_API_KEY,
          webhookSecret: process.env.STRIPE_WEBHOOK_SECRET,
          capture: false,
        },
      },
    ]
  : []

/**
 * Tests only (jest sets NODE_ENV=test): a card that needs the customer's action and is
 * completed by its webhook, as Stripe with 3-D Secure (pp_requires-action_test).
 */
const testProviders =
  process.env.NODE_ENV === "test" || process.env.ENABLE_TEST_PAYMENT_PROVIDER === "true"
    ? [{ resolve: "./src/providers/requires-action", id: "test", options: {} }]
    : []

const paymentProviders = [voucherProvider, ...cardProviders, ...testProviders]

/**
 * Medusa's caching module serves repeated catalogue reads (the store's product lists and their
 * prices) from memory, or from Redis when REDIS_URL is set so that every process sees one cache;
 * an edit invalidates what it touches through the events Medusa emits. CATALOGUE_CACHE=off turns
 * it off (npm run bench starts such a backend as the baseline).
 */
const catalogueCache = process.env.CATALOGUE_CACHE !== "off"
const cachingModule = {
  resolve: "@medusajs/medusa/caching",
  options: redisUrl
    ? {
        providers: [
          {
            resolve: "@medusajs/medusa/caching-redis",
            id: "caching-redis",
            is_default: true,
            options: { redisUrl, prefix: process.env.CATALOGUE_CACHE_PREFIX || "tw:cache:" },
          },
        ],
      }
    : // One process (demo, tests): in memory, bounded well below the module's 300 MB default.
      { in_memory: { enable: true, maxSize: 64 * 1024 * 1024 } },
}

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl,
    // Medusa marks the admin session cookie Secure in production; a demo served over plain
    // http (localhost) would then never log in. Behind HTTPS the cookie stays Secure.
    cookieOptions: backendUrl.startsWith("https://") ? {} : { secure: false },
    workerMode: (process.env.MEDUSA_WORKER_MODE as "shared" | "worker" | "server") || "shared",
    http: {
      storeCors: process.env.STORE_CORS || storefrontUrl,
      adminCors: process.env.ADMIN_CORS || backendUrl,
      authCors: process.env.AUTH_CORS || `${storefrontUrl},${backendUrl}`,
      // The fallbacks serve development and tests only: production refuses them above.
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
    },
  },
  admin: {
    disable: process.env.DISABLE_MEDUSA_ADMIN === "true",
    // Same origin by default, so one admin build works on any host and port.
    backendUrl: process.env.MEDUSA_ADMIN_BACKEND_URL || "/",
  },
  plugins: [
    // Roles first: its middleware resolves the caller's role before any plugin's route scoping.
    {
      resolve: "@tradatewelfare/platform-access",
      options: {},
    },
    {
      resolve: "@tradatewelfare/ambito",
      options: {},
    },
    {
      resolve: "@tradatewelfare/municipal-voucher",
      options: {},
    },
    {
      resolve: "@tradatewelfare/cooperatives",
      options: {},
    },
  ],
  featureFlags: { caching: catalogueCache },
  modules: [
    ...redisModules,
    ...(catalogueCache ? [cachingModule] : []),
    {
      resolve: "@medusajs/medusa/payment",
      // Medusa 2.21 processes a payment webhook 5 s after it arrives; its webhook_delay
      // option is read from a property the payment module does not have, so it is not set here.
      options: { providers: paymentProviders },
    },
    {
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/notification-local",
            id: "local",
            options: { channels: ["email"] },
          },
        ],
      },
    },
  ],
})
