import AxeBuilder from "@axe-core/playwright"
import { expect, type Page } from "@playwright/test"

/** Scans the page for WCAG 2.1 A/AA issues and fails on serious or critical ones. */
export async function expectNoSeriousA11yViolations(page: Page, label: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze()
  const serious = violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)
  expect(serious, `accessibility of ${label}`).toEqual([])
}
