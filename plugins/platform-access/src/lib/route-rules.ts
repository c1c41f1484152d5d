/**
 * Route rules written as in Medusa's route tree: "GET /admin/products/:id". A trailing "*"
 * covers a path and everything under it ("* /admin/api-keys*": every method, every sub-route).
 */
export type RouteRule = string

type CompiledRule = { rule: RouteRule; method: string; pattern: RegExp; specificity: number[] }

function compile(rule: RouteRule): CompiledRule {
  const [method, path] = rule.split(" ")
  if (!method || !path || !path.startsWith("/")) {
    throw new Error(`Route rule "${rule}" must read "METHOD /path"`)
  }
  const wildcard = path.endsWith("*")
  const body = (wildcard ? path.slice(0, -1) : path)
    .split("/")
    .map((segment) => (segment.startsWith(":") ? "[^/]+" : segment.replace(/[.+?^${}()|[\]\\]/g, "\\$&")))
    .join("/")
  // Like Medusa's router: a static segment wins over a parameter at the same position
  // ("/admin/products/batch" over "/admin/products/:id"); a wildcard loses to both.
  const specificity = path
    .split("/")
    .filter(Boolean)
    .map((segment) => (segment.endsWith("*") ? 0 : segment.startsWith(":") ? 1 : 2))
  return {
    rule,
    method: method.toUpperCase(),
    pattern: new RegExp(`^${body}${wildcard ? "(/.*)?" : "/?"}$`),
    specificity,
  }
}

function compareSpecificity(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const diff = (a[i] ?? -1) - (b[i] ?? -1)
    if (diff !== 0) {
      return diff
    }
  }
  return 0
}

/** A set of route rules, compiled once, asked whether a request matches any of them. */
export class RouteRuleSet {
  private readonly compiled: CompiledRule[]

  constructor(readonly rules: readonly RouteRule[]) {
    this.compiled = rules.map(compile)
  }

  matches(method: string, path: string): boolean {
    const upper = method.toUpperCase()
    return this.compiled.some(
      (rule) => (rule.method === "*" || rule.method === upper) && rule.pattern.test(path)
    )
  }

  /** The rule Medusa's router would pick for this request, or null when none matches. */
  bestMatch(method: string, path: string): RouteRule | null {
    const upper = method.toUpperCase()
    let best: CompiledRule | null = null
    for (const rule of this.compiled) {
      if ((rule.method === "*" || rule.method === upper) && rule.pattern.test(path)) {
        if (!best || compareSpecificity(rule.specificity, best.specificity) > 0) {
          best = rule
        }
      }
    }
    return best?.rule ?? null
  }
}
