import { RunbookRequest } from '../request/runbook-request';

/** How a post to a runbook ended, in words an agent can act on. */
export type RunbookPostResult =
  | { readonly ok: true; readonly status: number }
  | { readonly ok: false; readonly cancelled: true }
  | {
      readonly ok: false;
      readonly cancelled: false;
      readonly message: string;
      readonly retryable: boolean;
    };

/**
 * Posts a built request and says how it went: any 2xx is success; a refusal of the credentials, a
 * wrong address, throttling, a server error, an unreachable endpoint and a cancellation each get
 * their own message and say whether trying again can help.
 */
export async function postToRunbook(
  request: RunbookRequest,
  doFetch: typeof fetch,
  signal: AbortSignal,
): Promise<RunbookPostResult> {
  const host = new URL(request.url).host;
  let response: Response;
  try {
    response = await doFetch(request.url, { ...request.init, signal });
  } catch (error) {
    if (signal.aborted) return { ok: false, cancelled: true };
    return {
      ok: false,
      cancelled: false,
      retryable: true,
      message:
        `Could not reach the runbook at ${host} (${(error as Error).message}). Check your ` +
        'connection; if it persists, ask your administrator to check the runbook URL and that the ' +
        "endpoint accepts calls from this add-in's address (CORS).",
    };
  }
  if (response.ok) return { ok: true, status: response.status };
  const status = response.status;
  const failed = (message: string, retryable: boolean): RunbookPostResult => ({
    ok: false,
    cancelled: false,
    message: `The runbook at ${host} answered ${status}: ${message}`,
    retryable,
  });
  if (status === 401 || status === 403) {
    return failed(
      'it refused the credentials. Ask your administrator to check the user and password or the ' +
        "shared secret against the runbook's inbound authentication in Halo.",
      false,
    );
  }
  if (status === 404 || status === 405) {
    return failed(
      'no runbook at that address. Ask your administrator to copy the URL again from Halo.',
      false,
    );
  }
  if (status === 429) return failed('too many requests. Wait a minute, then try again.', true);
  if (status >= 500) return failed('the runbook failed on its side. Try again in a moment.', true);
  return failed(
    'the runbook rejected the request. Ask your administrator to check its setup.',
    false,
  );
}
