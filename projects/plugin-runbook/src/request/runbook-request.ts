import { RunbookAuth } from '../options/runbook-options';
import { hmacSha256 } from './hmac-sha256';

/** A request ready for `fetch`. */
export interface RunbookRequest {
  /** The endpoint. */
  readonly url: string;
  /** Method, headers and body. */
  readonly init: RequestInit & {
    readonly headers: Readonly<Record<string, string>>;
    readonly body: string;
  };
}

/**
 * Builds the POST to a runbook's public endpoint: the JSON body, and the authentication the
 * runbook expects (a Basic `Authorization` header, or an HMAC-SHA256 signature of the body in a
 * header). Fails with a message for the administrator when the URL is not https.
 */
export async function runbookRequest(
  url: string,
  auth: RunbookAuth,
  payload: unknown,
): Promise<RunbookRequest> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(
      `The runbook URL "${url}" is not a valid address. Copy it from the runbook in Halo.`,
    );
  }
  if (
    parsed.protocol !== 'https:' &&
    parsed.hostname !== '127.0.0.1' &&
    parsed.hostname !== 'localhost'
  ) {
    throw new Error(`The runbook URL must start with https:// (got ${parsed.protocol}//…).`);
  }
  const body = JSON.stringify(payload);
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (auth.kind === 'basic') {
    const credentials = new TextEncoder().encode(`${auth.username}:${auth.password}`);
    headers['Authorization'] = `Basic ${btoa(String.fromCharCode(...credentials))}`;
  } else if (auth.kind === 'signature') {
    const signature = await hmacSha256(auth.secret, body, auth.encoding ?? 'hex');
    headers[auth.headerName ?? 'X-Signature'] = (auth.prefix ?? '') + signature;
  }
  return { url: parsed.href, init: { method: 'POST', headers, body } };
}
