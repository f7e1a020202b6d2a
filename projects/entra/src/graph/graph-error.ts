import { HttpErrorResponse } from '@angular/common/http';
import { AppError, parseRetryAfter } from '@halo-outlook/core';

/** What a Graph failure's wording may name. */
export interface GraphErrorContext {
  /** What was asked for, for the agent (`the message`, `the conversation`). */
  readonly what: string;
  /** The permission the call needs (`Mail.Read`). */
  readonly scope: string;
  /** The Graph origin (for the CSP hint). */
  readonly origin: string;
  /** The method and path, for diagnostics. */
  readonly request: string;
}

/**
 * Words a failed Microsoft Graph call for the agent: 401 → sign in to Microsoft again, 403 → the
 * permission is not consented (ask the administrator), 404 → not in the mailbox, 429 → wait,
 * 5xx → try later, no answer → offline or blocked. Graph's error code goes to `detail`.
 *
 * @usageNotes
 * `catch (e) { throw graphError(e, { what, scope: 'Mail.Read', origin, request: 'GET /me' }); }`
 */
export function graphError(error: unknown, context: GraphErrorContext): AppError {
  if (error instanceof AppError) return error;
  const status = error instanceof HttpErrorResponse ? error.status : 0;
  const detail = `${context.request} → ${status} ${graphCode(error)}`.trim();
  const make = (kind: AppError['kind'], message: string, action: string, retryAfterMs?: number) =>
    new AppError({ kind, message, action, detail, retryAfterMs, cause: error });
  const { what, scope, origin } = context;
  if (status === 0) {
    if (globalThis.navigator?.onLine === false) {
      return make(
        'offline',
        $localize`:@@entra.graph.offline.message:This device is offline, so Microsoft Graph cannot be reached.`,
        $localize`:@@entra.graph.offline.action:Reconnect to the internet, then try again.`,
      );
    }
    return make(
      'offline',
      $localize`:@@entra.graph.unreachable.message:Microsoft Graph could not be reached.`,
      $localize`:@@entra.graph.unreachable.action:Check your connection, then try again. If it keeps happening, ask your administrator to allow ${origin}:origin: in the add-in’s Content-Security-Policy (connect-src).`,
    );
  }
  switch (status) {
    case 401:
      return make(
        'unauthorized',
        $localize`:@@entra.graph.401.message:Microsoft Graph no longer accepts your Microsoft sign-in.`,
        $localize`:@@entra.graph.401.action:Sign in to Microsoft again in Settings, then try again.`,
      );
    case 403:
      return make(
        'forbidden',
        $localize`:@@entra.graph.403.message:Feature unavailable: Microsoft Graph refused to give ${what}:what: because the permission ${scope}:scope: was not consented.`,
        $localize`:@@entra.graph.403.action:Ask your administrator to grant ${scope}:scope: to the add-in’s Microsoft Entra app, then try again.`,
      );
    case 404:
      return make(
        'not-found',
        $localize`:@@entra.graph.404.message:Microsoft Graph did not find ${what}:what: in your mailbox.`,
        $localize`:@@entra.graph.404.action:It may have been moved or deleted, or it is in a shared mailbox. Open it in your own mailbox, then try again.`,
      );
    case 429:
      return make(
        'rate-limited',
        $localize`:@@entra.graph.429.message:Microsoft Graph is limiting how many requests the add-in may make.`,
        $localize`:@@entra.graph.429.action:Wait a moment, then try again.`,
        retryAfter(error),
      );
  }
  if (status >= 500) {
    return make(
      'server',
      $localize`:@@entra.graph.server.message:Microsoft Graph had a problem answering (${status}:status:).`,
      $localize`:@@entra.graph.server.action:Try again in a few minutes.`,
    );
  }
  return make(
    'unknown',
    $localize`:@@entra.graph.unknown.message:Microsoft Graph refused the request (${status}:status:).`,
    $localize`:@@entra.graph.unknown.action:Try again; if it keeps happening, export the diagnostics and send them to your administrator.`,
  );
}

/** Graph's `error.code` from a JSON (or array-buffer) error body, when there is one. */
function graphCode(error: unknown): string {
  if (!(error instanceof HttpErrorResponse)) return String(error);
  let body: unknown = error.error;
  try {
    if (body instanceof ArrayBuffer) body = JSON.parse(new TextDecoder().decode(body));
    else if (typeof body === 'string') body = JSON.parse(body);
  } catch {
    return '';
  }
  const code = (body as { error?: { code?: unknown } } | null)?.error?.code;
  return typeof code === 'string' ? code : '';
}

/** Graph's `Retry-After` (seconds or an HTTP date) in milliseconds, when it sent one. */
function retryAfter(error: unknown): number | undefined {
  const header = error instanceof HttpErrorResponse ? error.headers.get('Retry-After') : null;
  return parseRetryAfter(header, Date.now()) ?? undefined;
}
