/**
 * The kinds of failure a user can meet. Each kind maps to one sentence of what happened and one of
 * what to do next, so the pane never shows a bare status code.
 */
export type AppErrorKind =
  | 'offline'
  | 'cors'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'rate-limited'
  | 'invalid-input'
  | 'server'
  | 'timeout'
  | 'office'
  | 'unknown';

/** What an {@link AppError} is built from. */
export interface AppErrorInit {
  /** The kind of failure, which decides how the pane presents it. */
  readonly kind: AppErrorKind;
  /** What happened, in words a user understands. */
  readonly message: string;
  /** What the user can do next. */
  readonly action: string;
  /** Technical detail for the diagnostics trail (never shown as the headline). */
  readonly detail?: string;
  /** True when trying the same thing again later may succeed. */
  readonly retryable?: boolean;
  /** When a retry makes sense, in milliseconds from now (for example after HTTP 429). */
  readonly retryAfterMs?: number;
  /** The underlying error, kept for diagnostics. */
  readonly cause?: unknown;
}

/**
 * An error a user can act on: it says what happened and what to do next.
 *
 * @usageNotes
 * ```ts
 * throw new AppError({
 *   kind: 'cors',
 *   message: 'Halo refused this add-in's requests.',
 *   action: 'Add https://addin.example.com to the CORS list of the Halo API application.',
 * });
 * ```
 */
export class AppError extends Error {
  /** The kind of failure. */
  readonly kind: AppErrorKind;
  /** What the user can do next. */
  readonly action: string;
  /** Technical detail for diagnostics. */
  readonly detail: string | undefined;
  /** True when trying again may succeed. */
  readonly retryable: boolean;
  /** When a retry makes sense, in milliseconds from now. */
  readonly retryAfterMs: number | undefined;

  constructor(init: AppErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'AppError';
    this.kind = init.kind;
    this.action = init.action;
    this.detail = init.detail;
    this.retryable = init.retryable ?? RETRYABLE_KINDS.has(init.kind);
    this.retryAfterMs = init.retryAfterMs;
  }
}

const RETRYABLE_KINDS: ReadonlySet<AppErrorKind> = new Set([
  'offline',
  'rate-limited',
  'server',
  'timeout',
]);

/** Returns true when `value` is an {@link AppError}. */
export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
