import type { DiagnosticData } from './diagnostics-log';

const EMAIL = /([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9.-]+\.[A-Za-z]{2,})/g;
const BEARER = /\b(Bearer)\s+[A-Za-z0-9\-._~+/]+=*/gi;
const JWT = /\beyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g;
const SECRET_PARAM =
  /\b(access_token|refresh_token|id_token|code|code_verifier|client_secret|password|token)=([^&\s"]+)/gi;
const SECRET_KEY = /token|secret|password|verifier|authorization|^code$|cookie/i;
const BODY_KEY = /body|html|content|note|text|details/i;

/** The longest string value kept in an entry; longer ones are cut. */
export const MAX_DIAGNOSTIC_TEXT = 300;

/**
 * Removes what must never reach a bug report from free text: tokens (bearer, JWT, OAuth
 * parameters) and email addresses (kept as the first letter and the domain: `a…@contoso.com`).
 *
 * @usageNotes
 * `redactText('GET /api/Users?search=alice@contoso.com')` → `GET /api/Users?search=a…@contoso.com`.
 */
export function redactText(text: string): string {
  const redacted = text
    .replace(BEARER, '$1 [redacted]')
    .replace(JWT, '[redacted-jwt]')
    .replace(SECRET_PARAM, '$1=[redacted]')
    .replace(EMAIL, '$1…@$2');
  return redacted.length > MAX_DIAGNOSTIC_TEXT
    ? `${redacted.slice(0, MAX_DIAGNOSTIC_TEXT)}… (${redacted.length} chars)`
    : redacted;
}

/**
 * Redacts the values of an entry's data: a key that names a secret (`token`, `password`…) or a
 * body (`body`, `html`, `note`…) keeps only the length of its value; other strings go through
 * {@link redactText}.
 */
export function redactData(data: DiagnosticData): DiagnosticData {
  const out: Record<string, string | number | boolean | null> = {};
  for (const [key, value] of Object.entries(data)) {
    if (typeof value === 'string' && (SECRET_KEY.test(key) || BODY_KEY.test(key))) {
      out[key] = `[redacted, ${value.length} chars]`;
    } else {
      out[key] = typeof value === 'string' ? redactText(value) : value;
    }
  }
  return out;
}
