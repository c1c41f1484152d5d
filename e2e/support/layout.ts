import { expect, type Page } from "@playwright/test"

/** Phone widths the storefront must fit without scrolling sideways (CSS pixels). */
export const PHONE_WIDTHS = [320, 360, 390, 414] as const

/** Fails when the page is wider than the window: a phone would scroll sideways. */
export async function expectNoSidewaysScroll(page: Page, label: string): Promise<void> {
  const { scrollWidth, innerWidth, culprits } = await page.evaluate(() => {
    const width = window.innerWidth
    // The elements that stick out, to say what to fix.
    const out = [...document.querySelectorAll("body *")]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5 && getComputedStyle(el).position !== "fixed")
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}.${[...el.classList].join(".")}`)
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: width, culprits: out }
  })
  expect(scrollWidth, `${label}: page ${scrollWidth}px wide in a ${innerWidth}px window (${culprits.join(", ")})`).toBeLessThanOrEqual(innerWidth)
}
