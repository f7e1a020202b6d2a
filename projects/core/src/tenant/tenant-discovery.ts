import { AppError } from '../errors/app-error';
import { explainNetworkFailure } from '../network/network-failure';
import { TenantUrls } from './tenant-url';

/** What `GET <base>/api/authinfo` says about an instance. */
export interface TenantDiscovery {
  /** The auth server, no trailing slash. */
  readonly authUrl: string;
  /** The tenant name to send as `?tenant=`, when the instance gives one. */
  readonly tenantId: string | null;
}

/**
 * Asks a Halo instance where its auth server is (`GET <base>/api/authinfo`, anonymous). Fails
 * with one clear `AppError` per cause: CORS not configured for this origin, unreachable, or not a
 * Halo instance (404, HTML, anything but authinfo's JSON).
 *
 * @usageNotes
 * `const { authUrl, tenantId } = await discoverTenant(normalizeTenantUrl(typed), fetch);`
 */
export async function discoverTenant(
  urls: TenantUrls,
  fetchFn: typeof fetch,
): Promise<TenantDiscovery> {
  const url = `${urls.apiUrl}/authinfo`;
  let response: Response;
  try {
    response = await fetchFn(url, { credentials: 'omit', headers: { Accept: 'application/json' } });
  } catch (error) {
    throw await explainNetworkFailure(url, error, fetchFn);
  }
  if (response.status >= 500) {
    throw new AppError({
      kind: 'server',
      message: `Halo at ${urls.baseUrl} answered with an error (${response.status}).`,
      action: 'Try again in a few minutes.',
    });
  }
  const body = response.ok ? await readJson(response) : undefined;
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw notHalo(urls, response);

  const info = body as { auth_url?: unknown; tenant_id?: unknown };
  return {
    authUrl: validAuthUrl(info.auth_url) ?? urls.authUrl,
    tenantId:
      typeof info.tenant_id === 'string' && info.tenant_id.trim() ? info.tenant_id.trim() : null,
  };
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return JSON.parse(await response.text());
  } catch {
    return undefined;
  }
}

function validAuthUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value.trim());
    const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) return null;
    return url.href.replace(/\/+$/, '');
  } catch {
    return null;
  }
}

function notHalo(urls: TenantUrls, response: Response): AppError {
  return new AppError({
    kind: 'not-found',
    message: `No Halo answered at ${urls.baseUrl}.`,
    action:
      'Check the address: it is the one you open Halo with in a browser, such as https://yourcompany.halopsa.com.',
    detail: `GET ${urls.apiUrl}/authinfo → ${response.status} ${response.headers.get('content-type') ?? ''}`,
    retryable: false,
  });
}
