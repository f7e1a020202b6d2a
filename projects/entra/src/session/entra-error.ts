import { AppError } from '@halo-outlook/core';

/** What an Entra failure's wording may name. */
export interface EntraErrorContext {
  /** The Entra app's client id. */
  readonly clientId: string;
  /** The pop-up's redirect page. */
  readonly redirectUri: string;
  /** The permissions asked for (short names). */
  readonly scopes: readonly string[];
}

const CONSENT_CODES = ['consent_required', 'access_denied'];
const CONSENT_AADSTS = ['AADSTS65001', 'AADSTS65004', 'AADSTS90094', 'AADSTS900941', 'AADSTS90008'];
const INTERACTION_CODES = [
  'interaction_required',
  'consent_required',
  'login_required',
  'no_tokens_found',
  'refresh_token_expired',
  'bad_token',
  'invalid_grant',
  'no_account_error',
  'native_account_unavailable',
  'ux_not_allowed',
];

/** True when MSAL says the user must take part (sign in, consent): a pop-up may succeed. */
export function needsInteraction(error: unknown): boolean {
  const { name, code, subError } = describe(error);
  return (
    name === 'InteractionRequiredAuthError' ||
    INTERACTION_CODES.includes(code) ||
    INTERACTION_CODES.includes(subError)
  );
}

/** True when the failure is a permission that was not (or could not be) consented. */
export function isConsentRefusal(error: unknown): boolean {
  const { code, subError, message } = describe(error);
  return (
    CONSENT_CODES.includes(code) ||
    CONSENT_CODES.includes(subError) ||
    CONSENT_AADSTS.some((id) => message.includes(id))
  );
}

/** The failure of a feature whose permissions were not consented, worded for the agent. */
export function consentError(scopes: readonly string[], cause?: unknown): AppError {
  const list = scopes.join(', ');
  return new AppError({
    kind: 'forbidden',
    message: $localize`:@@entra.error.consent.message:Feature unavailable: the permission ${list}:scopes: was not consented.`,
    action: $localize`:@@entra.error.consent.action:Ask your administrator to grant ${list}:scopes: to the add-in’s Microsoft Entra app, then try again.`,
    detail: cause === undefined ? undefined : detailOf(cause),
    retryable: false,
    cause,
  });
}

/** The failure when no Microsoft account is signed in. */
export function notSignedInError(): AppError {
  return new AppError({
    kind: 'unauthorized',
    message: $localize`:@@entra.error.notSignedIn.message:You are not signed in to Microsoft.`,
    action: $localize`:@@entra.error.notSignedIn.action:Sign in with Microsoft in Settings, then try again.`,
    retryable: false,
  });
}

/**
 * Words an MSAL failure for the agent: what happened and what to do next (allow pop-ups, close
 * the other sign-in window, ask the administrator to register the redirect page or grant a
 * permission…). The MSAL code and message go to `detail` for the diagnostics trail.
 *
 * @usageNotes
 * `catch (e) { state.set({ status: 'error', error: entraError(e, context) }); }`
 */
export function entraError(error: unknown, context: EntraErrorContext): AppError {
  if (error instanceof AppError) return error;
  const { code, message } = describe(error);
  const detail = detailOf(error);
  const make = (kind: AppError['kind'], what: string, next: string, retryable = false) =>
    new AppError({ kind, message: what, action: next, detail, retryable, cause: error });
  if (isConsentRefusal(error)) return consentError(context.scopes, error);
  switch (code) {
    case 'user_cancelled':
      return make(
        'unauthorized',
        $localize`:@@entra.error.cancelled.message:The Microsoft sign-in window was closed before it finished.`,
        $localize`:@@entra.error.cancelled.action:Choose Sign in with Microsoft again when you are ready.`,
      );
    case 'popup_window_error':
    case 'empty_window_error':
    case 'block_nested_popups':
      return make(
        'invalid-input',
        $localize`:@@entra.error.popupBlocked.message:The browser blocked the Microsoft sign-in window.`,
        $localize`:@@entra.error.popupBlocked.action:Allow pop-ups for this add-in, then choose Sign in with Microsoft again.`,
      );
    case 'interaction_in_progress':
      return make(
        'invalid-input',
        $localize`:@@entra.error.inProgress.message:A Microsoft sign-in window is already open.`,
        $localize`:@@entra.error.inProgress.action:Finish signing in there, or close it, then try again.`,
      );
    case 'timed_out':
    case 'monitor_window_timeout':
    case 'redirect_bridge_empty_response':
      return make(
        'timeout',
        $localize`:@@entra.error.timeout.message:The Microsoft sign-in window did not answer.`,
        $localize`:@@entra.error.timeout.action:Try again. If it keeps happening, ask your administrator to check that ${context.redirectUri}:redirectUri: is a redirect URI of the Entra app.`,
        true,
      );
    case 'no_network_connectivity':
    case 'post_request_failed':
    case 'get_request_failed':
    case 'endpoints_resolution_error':
      return make(
        'offline',
        $localize`:@@entra.error.offline.message:Microsoft sign-in could not be reached.`,
        $localize`:@@entra.error.offline.action:Check your connection, then try again.`,
        true,
      );
  }
  if (message.includes('AADSTS50011') || code === 'redirect_uri_mismatch') {
    return make(
      'invalid-input',
      $localize`:@@entra.error.redirect.message:Microsoft refused the add-in’s sign-in address.`,
      $localize`:@@entra.error.redirect.action:Ask your administrator to add ${context.redirectUri}:redirectUri: as a single-page application redirect URI of the Entra app ${context.clientId}:clientId:.`,
    );
  }
  if (
    message.includes('AADSTS700016') ||
    code === 'invalid_client' ||
    code === 'unauthorized_client'
  ) {
    return make(
      'invalid-input',
      $localize`:@@entra.error.unknownApp.message:Microsoft does not know the Entra app ${context.clientId}:clientId: in your organisation.`,
      $localize`:@@entra.error.unknownApp.action:Ask your administrator to check the add-in’s entraClientId and that the app is registered in, or consented for, your organisation.`,
    );
  }
  return make(
    'unknown',
    $localize`:@@entra.error.unknown.message:Microsoft sign-in did not succeed.`,
    $localize`:@@entra.error.unknown.action:Try again; if it keeps happening, export the diagnostics and send them to your administrator.`,
  );
}

function describe(error: unknown): {
  name: string;
  code: string;
  subError: string;
  message: string;
} {
  const e = (error ?? {}) as {
    name?: unknown;
    errorCode?: unknown;
    subError?: unknown;
    errorMessage?: unknown;
    message?: unknown;
  };
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return {
    name: text(e.name),
    code: text(e.errorCode),
    subError: text(e.subError),
    message: `${text(e.errorMessage)} ${text(e.message)}`,
  };
}

function detailOf(error: unknown): string {
  const { name, code, subError, message } = describe(error);
  return [name, code, subError, message.trim().slice(0, 300)].filter(Boolean).join(': ');
}
