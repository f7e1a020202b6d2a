import { RunbookRequest } from '../request/runbook-request';
import { postToRunbook } from './post-to-runbook';

describe('postToRunbook', () => {
  const request: RunbookRequest = {
    url: 'https://acme.halopsa.example/api/runbook/start/abc',
    init: { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' },
  };
  const answering =
    (status: number): typeof fetch =>
    async () =>
      new Response(null, { status });

  it('passes the request and the signal to fetch, and succeeds on 2xx', async () => {
    const controller = new AbortController();
    const calls: [RequestInfo | URL, RequestInit | undefined][] = [];
    const doFetch: typeof fetch = async (input, init) => {
      calls.push([input, init]);
      return new Response('{}', { status: 202 });
    };
    expect(await postToRunbook(request, doFetch, controller.signal)).toEqual({
      ok: true,
      status: 202,
    });
    expect(calls[0][0]).toBe(request.url);
    expect(calls[0][1]?.body).toBe('{}');
    expect(calls[0][1]?.signal).toBe(controller.signal);
  });

  const failures: [number, string, boolean][] = [
    [401, 'refused the credentials', false],
    [403, "runbook's inbound authentication", false],
    [404, 'copy the URL again', false],
    [429, 'Wait a minute', true],
    [502, 'failed on its side', true],
    [400, 'rejected the request', false],
  ];
  for (const [status, words, retryable] of failures) {
    it(`explains a ${status} and says whether to retry`, async () => {
      const result = await postToRunbook(request, answering(status), new AbortController().signal);
      expect(result).toEqual({
        ok: false,
        cancelled: false,
        message: jasmine.stringContaining(`answered ${status}`),
        retryable,
      });
      expect(result.ok ? '' : 'message' in result ? result.message : '').toContain(words);
    });
  }

  it('explains an unreachable endpoint, naming its host and CORS', async () => {
    const offline: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    const result = await postToRunbook(request, offline, new AbortController().signal);
    expect(result).toEqual(
      jasmine.objectContaining({ ok: false, cancelled: false, retryable: true }),
    );
    expect('message' in result ? result.message : '').toContain(
      'Could not reach the runbook at acme.halopsa.example (Failed to fetch)',
    );
    expect('message' in result ? result.message : '').toContain('CORS');
  });

  it('reports a cancellation when the signal aborts', async () => {
    const controller = new AbortController();
    const aborting: typeof fetch = async (_input, init) => {
      controller.abort();
      throw init?.signal?.reason ?? new DOMException('aborted', 'AbortError');
    };
    expect(await postToRunbook(request, aborting, controller.signal)).toEqual({
      ok: false,
      cancelled: true,
    });
  });
});
