/**
 * Signs `body` with HMAC-SHA256 under `secret` (WebCrypto), written as lower-case hex or base64.
 * The receiver recomputes it over the exact bytes it received.
 *
 * @usageNotes
 * `await hmacSha256('s3cret', '{"a":1}', 'hex')` → 64 hex characters.
 */
export async function hmacSha256(
  secret: string,
  body: string,
  encoding: 'hex' | 'base64' = 'hex',
): Promise<string> {
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const bytes = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(body)));
  if (encoding === 'base64') return btoa(String.fromCharCode(...bytes));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}
