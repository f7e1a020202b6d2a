import { randomUUID } from 'node:crypto';

/** An error Entra reports with an AADSTS number. */
export interface EntraError {
  /** OAuth error code, e.g. `invalid_grant`. */
  readonly error: string;
  /** The AADSTS number, e.g. 65001. */
  readonly code: number;
  /** The text after `AADSTSnnnnn: `. */
  readonly text: string;
  /** Entra's `suberror` (e.g. `consent_required` on a refused refresh), which MSAL reads. */
  readonly suberror?: string;
}

/** The errors the simulator reports, with Entra's numbers and wording. */
export const ENTRA_ERRORS = {
  /** A Graph permission the tenant admin did not consent to (users may not consent). */
  consentRequired: (clientId: string, scopes: readonly string[], onToken: boolean): EntraError => ({
    error: onToken ? 'invalid_grant' : 'consent_required',
    code: 65001,
    text: `The user or administrator has not consented to use the application with ID '${clientId}' named 'Halo for Outlook'. Send an interactive authorization request for this user and resource. (Not consented: ${scopes.join(', ')}.)`,
    suberror: onToken ? 'consent_required' : undefined,
  }),
  /** A scope Graph does not define, or a malformed one. */
  invalidScope: (scopes: readonly string[]): EntraError => ({
    error: 'invalid_scope',
    code: 70011,
    text: `The provided value for the input parameter 'scope' is not valid. The scope '${scopes.join(' ')}' does not exist.`,
  }),
  /** The SPA client's token request came without an Origin header. */
  spaCrossOriginOnly: (): EntraError => ({
    error: 'invalid_request',
    code: 9002327,
    text: "Tokens issued for the 'Single-Page Application' client-type may only be redeemed via cross-origin requests.",
  }),
  /** The user cancelled the sign-in. */
  cancelled: (): EntraError => ({
    error: 'access_denied',
    code: 50058,
    text: 'The user cancelled the sign-in.',
  }),
} as const;

/** The `error_description` Entra sends: `AADSTSnnnnn: text Trace ID: … Correlation ID: … Timestamp: …`. */
export function entraDescription(e: EntraError, correlationId: string = randomUUID()): string {
  const timestamp = new Date()
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, 'Z');
  return `AADSTS${e.code}: ${e.text} Trace ID: ${randomUUID()} Correlation ID: ${correlationId} Timestamp: ${timestamp}`;
}

/** The JSON body of an Entra token endpoint error (what MSAL parses into `ServerError`). */
export function entraTokenErrorBody(e: EntraError): Record<string, unknown> {
  const correlationId = randomUUID();
  return {
    error: e.error,
    error_description: entraDescription(e, correlationId),
    error_codes: [e.code],
    timestamp: new Date()
      .toISOString()
      .replace('T', ' ')
      .replace(/\.\d+Z$/, 'Z'),
    trace_id: randomUUID(),
    correlation_id: correlationId,
    ...(e.suberror ? { suberror: e.suberror } : {}),
    error_uri: `https://login.microsoftonline.com/error?code=${e.code}`,
  };
}
