import { hmacSha256 } from './hmac-sha256';
import { runbookRequest } from './runbook-request';

describe('runbookRequest', () => {
  const url = 'https://acme.halopsa.example/api/runbook/start/abc';
  const payload = { summary: 'Spam?', sender_email: 'x@y.example' };

  it('posts JSON with no credentials when the runbook needs none', async () => {
    const request = await runbookRequest(url, { kind: 'none' }, payload);
    expect(request.url).toBe(url);
    expect(request.init.method).toBe('POST');
    expect(request.init.headers).toEqual({ 'Content-Type': 'application/json' });
    expect(JSON.parse(request.init.body)).toEqual(payload);
  });

  it('sends Basic credentials, UTF-8 encoded', async () => {
    const request = await runbookRequest(
      url,
      { kind: 'basic', username: 'outlook', password: 'pä55' },
      payload,
    );
    const encoded = request.init.headers['Authorization'].replace('Basic ', '');
    const decoded = new TextDecoder().decode(
      Uint8Array.from(atob(encoded), (c) => c.charCodeAt(0)),
    );
    expect(decoded).toBe('outlook:pä55');
  });

  it('signs the exact body it sends, in the configured header with the prefix', async () => {
    const request = await runbookRequest(
      url,
      { kind: 'signature', secret: 's3cret', headerName: 'X-Halo-Signature', prefix: 'sha256=' },
      payload,
    );
    const expected = await hmacSha256('s3cret', request.init.body);
    expect(request.init.headers['X-Halo-Signature']).toBe(`sha256=${expected}`);
  });

  it('defaults to X-Signature in hex', async () => {
    const request = await runbookRequest(url, { kind: 'signature', secret: 'k' }, payload);
    expect(request.init.headers['X-Signature']).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses an address that is not https, saying what to fix', async () => {
    await expectAsync(
      runbookRequest('http://acme.example/x', { kind: 'none' }, {}),
    ).toBeRejectedWithError(/must start with https:\/\//);
    await expectAsync(runbookRequest('not a url', { kind: 'none' }, {})).toBeRejectedWithError(
      /not a valid address\. Copy it from the runbook in Halo/,
    );
  });
});
