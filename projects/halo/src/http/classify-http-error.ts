import type { HttpErrorResponse } from '@angular/common/http';
import { AppError, parseRetryAfter } from '@halo-outlook/core';
import { readErrorMessage } from './read-error-message';

/** Where the CORS allow-list lives in Halo, as the hint names it. */
export const HALO_CORS_SETTING =
  'Configuration > Integrations > Halo API > (your application) > CORS';

/** What {@link classifyHttpError} needs besides the error. */
export interface HttpErrorContext {
  /** `GET /Tickets`: what was asked, for the diagnostics detail. */
  readonly request: string;
  /** Whether the browser believes it is online. */
  readonly online: boolean;
  /** For status 0: whether Halo's server answered a `no-cors` probe (unknown when not asked). */
  readonly reachable?: boolean;
  /** The add-in's origin, named in the CORS hint. */
  readonly origin: string;
  /** The current time, to read a `Retry-After` date. */
  readonly now: number;
}

/**
 * Turns a failed Halo call into an {@link AppError} that says what happened and what to do. Status
 * 0 means the browser got no readable answer: offline when the browser says so; Halo down or
 * unreachable when its server does not answer a probe either; otherwise the add-in's origin is
 * missing from the Halo API application's CORS list.
 */
export function classifyHttpError(error: HttpErrorResponse, context: HttpErrorContext): AppError {
  const said = readErrorMessage(error.error);
  const detail = `${context.request} → ${error.status || 'no response'}${said ? `: ${said}` : ''}`;
  const base = { detail, cause: error };
  switch (true) {
    case error.status === 0 && !context.online:
      return new AppError({
        ...base,
        kind: 'offline',
        message: 'You are offline, so Halo cannot be reached.',
        action: 'Check your network connection, then try again.',
      });
    case error.status === 0 && context.reachable === false:
      return new AppError({
        ...base,
        kind: 'offline',
        message: 'Halo could not be reached: it may be down, or the address may be wrong.',
        action:
          'Try again in a few minutes; if it keeps failing, check the Halo address in Settings.',
      });
    case error.status === 0:
      return new AppError({
        ...base,
        kind: 'cors',
        message: 'Halo did not let this add-in read its answer (the browser blocked the request).',
        action: `Ask your Halo administrator to add ${context.origin} to the CORS list of the Halo API application (${HALO_CORS_SETTING}). If it is listed, check that the Halo address in Settings is right.`,
        retryable: false,
      });
    case error.status === 401:
      return new AppError({
        ...base,
        kind: 'unauthorized',
        message: 'Halo no longer accepts your sign-in.',
        action: 'Sign in to Halo again.',
      });
    case error.status === 403:
      return new AppError({
        ...base,
        kind: 'forbidden',
        message: said ?? 'Your Halo account is not allowed to do this.',
        action:
          'Ask your Halo administrator for the permission, on your agent and on the Halo API application.',
      });
    case error.status === 404:
      return new AppError({
        ...base,
        kind: 'not-found',
        message: said ?? 'Halo could not find that record.',
        action: 'It may have been deleted or merged: refresh and pick it again.',
      });
    case error.status === 429:
      return new AppError({
        ...base,
        kind: 'rate-limited',
        message: 'Halo is limiting how many requests this add-in may make.',
        action: 'Wait a minute, then try again.',
        retryAfterMs: parseRetryAfter(error.headers.get('Retry-After'), context.now) ?? 60_000,
      });
    case error.status === 408 || error.status === 504:
      return new AppError({
        ...base,
        kind: 'timeout',
        message: 'Halo took too long to answer.',
        action: 'Try again in a moment.',
      });
    case error.status >= 400 && error.status < 500:
      return new AppError({
        ...base,
        kind: 'invalid-input',
        message: said ?? `Halo refused the request (HTTP ${error.status}).`,
        action: 'Check the details you entered, then try again.',
      });
    default:
      return new AppError({
        ...base,
        kind: 'server',
        message: `Halo had a problem answering (HTTP ${error.status}).`,
        action: 'Try again in a moment; if it keeps happening, tell your Halo administrator.',
      });
  }
}
