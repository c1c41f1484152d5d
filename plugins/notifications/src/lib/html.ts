/** Text made safe for HTML, so a name or a title can never inject markup into an e-mail. */
export function escapeHtml(value: unknown): string {
  return String(value ?? "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;")
}

/** Markup already escaped (built by `html`), passed through unchanged when nested. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString() {
    return this.value
  }
}

/**
 * A tagged template that escapes every interpolated value unless it is SafeHtml (or a list
 * of them): templates stay plain TypeScript with no template engine to learn.
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  const out = strings.reduce((acc, chunk, i) => {
    if (i === 0) {
      return chunk
    }
    const value = values[i - 1]
    const rendered = Array.isArray(value)
      ? value.map((v) => (v instanceof SafeHtml ? v.value : escapeHtml(v))).join("")
      : value instanceof SafeHtml
        ? value.value
        : escapeHtml(value)
    return acc + rendered + chunk
  }, "")
  return new SafeHtml(out)
}
