import { AppError } from './app-error';

/**
 * Turns anything thrown into an {@link AppError}, keeping an existing one as it is. Unknown values
 * become an `unknown` error whose detail keeps the original text for diagnostics.
 *
 * @usageNotes
 * ```ts
 * try { await save(); } catch (e) { banner.show(toAppError(e)); }
 * ```
 */
export function toAppError(value: unknown): AppError {
  if (value instanceof AppError) return value;
  if (value instanceof DOMException && value.name === 'AbortError') {
    return new AppError({
      kind: 'timeout',
      message: 'The request was stopped before it finished.',
      action: 'Try again.',
      detail: value.message,
      cause: value,
    });
  }
  const detail = value instanceof Error ? `${value.name}: ${value.message}` : safeString(value);
  return new AppError({
    kind: 'unknown',
    message: 'Something went wrong.',
    action:
      'Try again; if it keeps happening, export the diagnostics and send them to your administrator.',
    detail,
    cause: value,
  });
}

function safeString(value: unknown): string {
  try {
    return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    return String(value);
  }
}
