import { request } from 'node:https';

/** A response read in full. */
export interface HttpsResponse {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly bytes: Buffer;
  readonly text: string;
  /** The `Location` header resolved against the request URL, if any. */
  readonly location: URL | null;
  /** The body parsed as JSON (throws when it is not). */
  json<T = Record<string, unknown>>(): T;
}

/** A request for {@link httpsRequest}. */
export interface HttpsRequestInit {
  method?: string;
  headers?: Record<string, string>;
  /** A form (sent `application/x-www-form-urlencoded`), a JSON value, or raw text. */
  form?: Record<string, string>;
  json?: unknown;
  body?: string;
}

/**
 * An HTTPS request that trusts exactly the given certificate (the simulator's self-signed one):
 * TLS is verified, never switched off. Redirects are not followed.
 */
export function httpsRequest(
  url: string | URL,
  ca: string,
  init: HttpsRequestInit = {},
): Promise<HttpsResponse> {
  const headers: Record<string, string> = { ...init.headers };
  let body = init.body;
  if (init.form) {
    body = new URLSearchParams(init.form).toString();
    headers['Content-Type'] ??= 'application/x-www-form-urlencoded';
  } else if (init.json !== undefined) {
    body = JSON.stringify(init.json);
    headers['Content-Type'] ??= 'application/json';
  }
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request(
      target,
      { method: init.method ?? (body ? 'POST' : 'GET'), headers, ca },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const bytes = Buffer.concat(chunks);
          const text = bytes.toString('utf8');
          const location = res.headers.location ? new URL(res.headers.location, target) : null;
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            bytes,
            text,
            location,
            json: <T>() => JSON.parse(text) as T,
          });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
