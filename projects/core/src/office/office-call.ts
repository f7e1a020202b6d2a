import { AppError } from '../errors/app-error';
import { OfficeCallback } from './office-api';

/**
 * Runs one Office.js `…Async` call as a Promise. A failed `AsyncResult` becomes an `AppError` of
 * kind `office` saying `what` failed, with Office's code and message kept as the detail.
 *
 * @usageNotes
 * ```ts
 * const html = await officeCall<string>('read the email body', (cb) =>
 *   item.body.getAsync(office.CoercionType.Html, cb));
 * ```
 */
export function officeCall<T>(
  what: string,
  start: (callback: OfficeCallback<T>) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      start((result) => {
        if (result.status === 'succeeded') resolve(result.value);
        else reject(officeFailure(what, result.error));
      });
    } catch (error) {
      reject(officeFailure(what, error));
    }
  });
}

function officeFailure(what: string, error: unknown): AppError {
  const e = (error ?? {}) as { code?: number; name?: string; message?: string };
  return new AppError({
    kind: 'office',
    message: `Outlook could not ${what}.`,
    action: 'Try again; if it keeps failing, close and reopen the add-in.',
    detail: `Office error ${e.code ?? '?'} ${e.name ?? ''}: ${e.message ?? String(error)}`.trim(),
    retryable: true,
    cause: error,
  });
}
