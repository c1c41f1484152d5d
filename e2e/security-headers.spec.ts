import { expect, test, type Page } from "@playwright/test"

test.use({ baseURL: process.env.STOREFRONT_URL ?? "http://localhost:8000" })

// Catalogue pages (static, no middleware), a page behind the middleware, and an English one.
const PAGES = ["/", "/aree/childcare", "/account/accedi", "/en/aree/silvercare", "/carrello"]

/** Collects the Content-Security-Policy violations the browser reports while a page is used. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = []
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) {
      violations.push(message.text().slice(0, 200))
    }
  })
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`Refused to load: CSP ${event.violatedDirective} blocked ${event.blockedURI}`)
    })
  })
  return violations
}

test.describe("storefront security headers", () => {
  for (const path of PAGES) {
    test(`${path} sends CSP, HSTS, nosniff and a referrer policy`, async ({ request }) => {
      const response = await request.get(path, { maxRedirects: 0 })
      expect(response.status()).toBe(200)
      const headers = response.headers()
      const csp = headers["content-security-policy"]
      expect(csp).toBeDefined()
      const directives = Object.fromEntries(
        csp.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values])
      )
      expect(directives["default-src"]).toEqual(["'self'"])
      expect(directives["object-src"]).toEqual(["'none'"])
      expect(directives["frame-ancestors"]).toEqual(["'none'"])
      expect(directives["base-uri"]).toEqual(["'self'"])
      expect(directives["form-action"]).toEqual(["'self'"])
      expect(directives["connect-src"]).toEqual(["'self'"])
      // A production build: no eval, no wildcard sources anywhere.
      expect(csp).not.toContain("unsafe-eval")
      expect(csp).not.toMatch(/(^|\s)\*(\s|;|$)|https?:(\s|;|$)/)
      expect(headers["strict-transport-security"]).toMatch(/^max-age=\d{8,}; includeSubDomains$/)
      expect(headers["x-content-type-options"]).toBe("nosniff")
      expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin")
    })
  }

  test("the policy blocks nothing the pages use, product images included", async ({ page }) => {
    const violations = await watchViolations(page)
    for (const path of PAGES) {
      await page.goto(path)
      await page.waitForLoadState("networkidle")
    }
    await page.goto("/aree/childcare")
    const thumbnail = page.locator("img.service-thumbnail").first()
    await thumbnail.scrollIntoViewIfNeeded()
    await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true)
    expect(violations).toEqual([])
  })

  test("the policy does block what the pages do not use", async ({ page }) => {
    const violations = await watchViolations(page)
    await page.goto("/")
    // An image from a foreign origin and a frame: both must be refused.
    await page.evaluate(() => {
      const img = document.createElement("img")
      img.src = "https://tracker.example.com/pixel.gif"
      document.body.append(img)
      const frame = document.createElement("iframe")
      frame.src = "https://example.com/"
      document.body.append(frame)
    })
    await expect.poll(() => violations.length).toBeGreaterThanOrEqual(2)
  })
})
