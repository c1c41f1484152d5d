export declare const MIN_LENGTH: number
export declare const KNOWN_DEFAULTS: readonly string[]
/** Why a value cannot be a production secret, or null when it can. */
export declare function weakness(value: string | undefined | null): string | null
/** Every problem with the named secrets in `env`, one message per variable. */
export declare function secretProblems(names: readonly string[], env?: Record<string, string | undefined>): string[]
/** In production (NODE_ENV=production), throws naming every weak secret among `names`. */
export declare function requireProductionSecrets(names: readonly string[], env?: Record<string, string | undefined>): void
