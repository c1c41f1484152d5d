import { defineConfig } from "@playwright/test"

/**
 * End-to-end tests in Debian's Chromium (no browser download): the storefront
 * journey and the operator's view in the Medusa admin. `npm test` starts the
 * servers and sets STOREFRONT_URL and BACKEND_URL.
 */
export default defineConfig({
  testDir: ".",
  globalSetup: "./global-setup.ts",
  timeout: 120_000,
  expect: { timeout: 15_000 },
  workers: 1,
  retries: 0,
  // A stray test.only on CI would run one test and call the run green.
  forbidOnly: !!process.env.CI,
  reporter: [["list"], ["json"]],
  outputDir: process.env.PLAYWRIGHT_OUTPUT_DIR || "../test-results/playwright",
  use: {
    baseURL: process.env.STOREFRONT_URL || "http://localhost:8000",
    locale: "it-IT",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      // The machine has no network beyond localhost: keep Chromium from trying.
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
})
