import { AppError } from '@halo-outlook/core';
import { PaneLanguage } from '../i18n/pane-language';

/** What the pane says about a failure. */
export interface ErrorWording {
  /** What happened. */
  readonly message: string;
  /** What to do next. */
  readonly action: string;
}

/**
 * The words for a failure in the pane's language. In English, the error's own words (the most
 * specific). In another language, failures whose meaning depends only on their kind (offline,
 * CORS, rate limit, session, timeout, server) are said in that language; others keep the words
 * the lower layers wrote, in English, until they carry message ids.
 */
export function errorWording(
  error: AppError,
  language: PaneLanguage,
  origin: string,
): ErrorWording {
  if (language === 'en') return { message: error.message, action: error.action };
  switch (error.kind) {
    case 'offline':
      return {
        message: $localize`:@@error.offline.message:You are offline, so Halo cannot be reached.`,
        action: $localize`:@@error.offline.action:Check your network connection, then try again.`,
      };
    case 'cors':
      return {
        message: $localize`:@@error.cors.message:Halo did not let this add-in read its answer (the browser blocked the request).`,
        action: $localize`:@@error.cors.action:Ask your Halo administrator to add ${origin}:origin: to the CORS list of the Halo API application (Configuration > Integrations > Halo API > your application > CORS). If it is listed, check the Halo address.`,
      };
    case 'rate-limited':
      return {
        message: $localize`:@@error.rateLimited.message:Halo is limiting how many requests this add-in may make.`,
        action: $localize`:@@error.rateLimited.action:Wait a moment, then try again.`,
      };
    case 'unauthorized':
      return {
        message: $localize`:@@error.unauthorized.message:Halo no longer accepts your sign-in.`,
        action: $localize`:@@error.unauthorized.action:Sign in to Halo again.`,
      };
    case 'timeout':
      return {
        message: $localize`:@@error.timeout.message:Halo took too long to answer.`,
        action: $localize`:@@error.timeout.action:Try again in a moment.`,
      };
    case 'server':
      return {
        message: $localize`:@@error.server.message:Halo had a problem answering.`,
        action: $localize`:@@error.server.action:Try again in a moment; if it keeps happening, tell your Halo administrator.`,
      };
    default:
      return { message: error.message, action: error.action };
  }
}
