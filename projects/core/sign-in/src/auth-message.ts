/** The `type` every message from the auth callback page carries. */
export const AUTH_MESSAGE_TYPE = 'halo-outlook/auth';

/**
 * What the callback page hands to the pane: the authorization code with the PKCE verifier the
 * start page made (the pane exchanges it), or why there is none. `request` echoes the nonce the
 * pane put on the start URL, so the pane accepts only the answer to its own sign-in.
 */
export type AuthCallbackMessage =
  | {
      readonly type: typeof AUTH_MESSAGE_TYPE;
      readonly request: string;
      readonly ok: true;
      readonly code: string;
      readonly codeVerifier: string;
      readonly redirectUri: string;
    }
  | {
      readonly type: typeof AUTH_MESSAGE_TYPE;
      readonly request: string;
      readonly ok: false;
      /** An OAuth error code (`access_denied`…) or core's own (`state_mismatch`, `no_session`). */
      readonly error: string;
      readonly description: string;
    };

/** Reads a message string from the dialog; null when it is not an auth callback message. */
export function parseAuthMessage(text: unknown): AuthCallbackMessage | null {
  if (typeof text !== 'string') return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!value || typeof value !== 'object') return null;
  const m = value as Record<string, unknown>;
  if (m['type'] !== AUTH_MESSAGE_TYPE || typeof m['request'] !== 'string') return null;
  if (m['ok'] === true) {
    const fields = ['code', 'codeVerifier', 'redirectUri'] as const;
    return fields.every((f) => typeof m[f] === 'string' && m[f])
      ? (value as AuthCallbackMessage)
      : null;
  }
  return m['ok'] === false && typeof m['error'] === 'string'
    ? ({
        ...m,
        description: typeof m['description'] === 'string' ? m['description'] : '',
      } as AuthCallbackMessage)
    : null;
}
