import { AppError } from '../errors/app-error';

/** Where a Halo instance is, as derived from the URL a user typed. */
export interface TenantUrls {
  /** The instance's base URL, no trailing slash: `https://acme.halopsa.com`. */
  readonly baseUrl: string;
  /** The resource server: `<base>/api`. */
  readonly apiUrl: string;
  /** The auth server, until discovery says otherwise: `<base>/auth`. */
  readonly authUrl: string;
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
const API_OR_AUTH = /\/(api|auth)(\/.*)?$/i;

/**
 * Turns what a user typed into the Halo instance's URLs. Accepts a bare host
 * (`acme.halopsa.com`), a trailing `/api` or `/auth` (with anything after it; what comes before
 * it is kept as the base path), a page of Halo's web app (`/tickets?id=3`, `/#/tickets`: dropped),
 * surrounding spaces and trailing slashes. Requires https, except on localhost.
 * Throws an `AppError` of kind `invalid-input` that says what is wrong.
 *
 * @usageNotes
 * `normalizeTenantUrl(' https://acme.halopsa.com/api/ ').apiUrl` → `https://acme.halopsa.com/api`.
 */
export function normalizeTenantUrl(input: string): TenantUrls {
  const text = input.trim();
  if (!text)
    throw invalid('Enter the address of your Halo, for example https://yourcompany.halopsa.com.');
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;

  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw invalid(`“${text}” is not a web address. Enter it like https://yourcompany.halopsa.com.`);
  }
  if (!url.hostname || /\s/.test(text) || !/^[a-z0-9.[\]:-]+$/i.test(url.hostname)) {
    throw invalid(`“${text}” is not a web address. Enter it like https://yourcompany.halopsa.com.`);
  }
  const local = LOCAL_HOSTS.has(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) {
    throw new AppError({
      kind: 'invalid-input',
      message:
        url.protocol === 'http:'
          ? 'Halo must be reached over https: this address uses http.'
          : `Halo is reached over https, not “${url.protocol.replace(':', '')}”.`,
      action: `Use https://${url.host} instead.`,
      retryable: false,
    });
  }
  if (url.username || url.password) {
    throw invalid('The address must not contain a user name or password.');
  }

  // `…/api` or `…/auth` (and what follows) marks where Halo lives, which keeps a self-hosted
  // instance under a path (`https://it.example.com/halo/api`); any other path is a page of
  // Halo's web app pasted from the address bar (`/tickets?id=3`, `/#/tickets`) and is dropped.
  const path = API_OR_AUTH.test(url.pathname)
    ? url.pathname.replace(API_OR_AUTH, '').replace(/\/+$/, '')
    : '';
  const baseUrl = `${url.protocol}//${url.host}${path}`;
  return { baseUrl, apiUrl: `${baseUrl}/api`, authUrl: `${baseUrl}/auth` };
}

function invalid(action: string): AppError {
  return new AppError({
    kind: 'invalid-input',
    message: 'That is not a Halo address.',
    action,
    retryable: false,
  });
}
