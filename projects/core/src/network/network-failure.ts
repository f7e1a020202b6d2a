import { AppError } from '../errors/app-error';

/** Where to fix CORS in Halo, as a user would click through it. */
export const HALO_CORS_SETTING = 'Configuration > Integrations > Halo API > your application';

/**
 * Explains why `fetch(url)` failed without an HTTP status. The browser hides the reason, so this
 * asks again with `mode: 'no-cors'`: if that succeeds the server is up and refused this origin
 * (CORS not configured); if it fails too, the server is unreachable (or the device is offline).
 *
 * @usageNotes
 * ```ts
 * try { response = await fetch(url); } catch (e) { throw await explainNetworkFailure(url, e, fetch); }
 * ```
 */
export async function explainNetworkFailure(
  url: string,
  error: unknown,
  fetchFn: typeof fetch,
  origin: string = globalThis.location?.origin ?? '',
): Promise<AppError> {
  if (error instanceof DOMException && error.name === 'AbortError') {
    return new AppError({
      kind: 'timeout',
      message: 'Halo did not answer in time.',
      action: 'Try again.',
      cause: error,
    });
  }
  const host = hostOf(url);
  if (globalThis.navigator?.onLine === false) {
    return new AppError({
      kind: 'offline',
      message: 'This device is offline.',
      action: 'Reconnect to the internet, then try again.',
      cause: error,
    });
  }
  let reachable = false;
  try {
    await fetchFn(url, { mode: 'no-cors', credentials: 'omit', cache: 'no-store' });
    reachable = true;
  } catch {
    reachable = false;
  }
  if (reachable) {
    return new AppError({
      kind: 'cors',
      message: `${host} refused requests from this add-in (${origin}): CORS is not configured for it.`,
      action: `Ask your Halo administrator to add ${origin} to the CORS list of the Halo API application (${HALO_CORS_SETTING}).`,
      detail: `${String(error)} — ${url}`,
      retryable: false,
      cause: error,
    });
  }
  return new AppError({
    kind: 'offline',
    message: `${host} could not be reached.`,
    action: 'Check the address and your connection, then try again.',
    detail: `${String(error)} — ${url}`,
    cause: error,
  });
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
