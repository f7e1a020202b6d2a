import { AppError } from '../errors/app-error';
import { ManagedConfig } from './tenant-config';

/** The organisation's Microsoft Entra settings, validated: what the Entra features run with. */
export interface EntraSettings {
  /** The Entra app's application (client) id. */
  readonly clientId: string;
  /** The authority to sign in with, without a trailing slash. */
  readonly authority: string;
  /**
   * `entra` for Microsoft's own sign-in hosts (Entra ID, sovereign clouds, External ID);
   * `oidc` for any other OpenID Connect authority (a test authority, for example).
   */
  readonly authorityKind: 'entra' | 'oidc';
  /** The Microsoft Graph endpoint, with its version and without a trailing slash. */
  readonly graphUrl: string;
}

/**
 * The authority used when the organisation names none: any work or school account, from any
 * tenant (a multi-tenant Entra app). A single-tenant app names its own,
 * `https://login.microsoftonline.com/<tenant id>`.
 */
export const DEFAULT_ENTRA_AUTHORITY = 'https://login.microsoftonline.com/organizations';

/** The Microsoft Graph endpoint used when the organisation names none. */
export const DEFAULT_GRAPH_URL = 'https://graph.microsoft.com/v1.0';

const MICROSOFT_HOSTS = [
  'login.microsoftonline.com',
  'login.microsoft.com',
  'login.windows.net',
  'login.microsoftonline.us',
  'login.usgovcloudapi.net',
  'login.chinacloudapi.cn',
  'login.partner.microsoftonline.cn',
];
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CLIENT_ID = /^[\w.:-]{1,128}$/;
const WHERE = 'in the add-in’s start URL (its manifest) or in the hosted config.json';

/**
 * Reads the Microsoft Entra settings out of the organisation's managed config: null when it names
 * no `entraClientId` (the Entra features are off), the validated settings otherwise, with the
 * defaults for what it leaves out. Throws an `AppError` (kind `invalid-input`) saying which field
 * is wrong and how to correct it.
 *
 * @usageNotes
 * ```ts
 * const entra = readEntraSettings(tenant.managed()); // { clientId, authority, graphUrl, … } | null
 * ```
 */
export function readEntraSettings(managed: ManagedConfig | null): EntraSettings | null {
  const clientId = managed?.entraClientId?.trim();
  if (!clientId) {
    if (managed?.entraAuthority || managed?.graphUrl) {
      throw invalid(
        'The organisation’s settings name a Microsoft Entra authority or Graph address but no Entra client id, so the Microsoft features are off.',
        `Ask your administrator to add entraClientId ${WHERE}, or to remove entraAuthority and graphUrl.`,
      );
    }
    return null;
  }
  const authority = httpsUrl('entraAuthority', managed?.entraAuthority ?? DEFAULT_ENTRA_AUTHORITY);
  const authorityKind = isMicrosoftHost(new URL(authority).hostname) ? 'entra' : 'oidc';
  if (authorityKind === 'entra' ? !GUID.test(clientId) : !CLIENT_ID.test(clientId)) {
    throw invalid(
      `The organisation’s Entra client id “${clientId}” is not an application id.`,
      `Ask your administrator to set entraClientId ${WHERE} to the Application (client) ID of the Entra app, which looks like 00000000-0000-0000-0000-000000000000.`,
    );
  }
  const graphUrl = httpsUrl('graphUrl', managed?.graphUrl ?? DEFAULT_GRAPH_URL);
  return Object.freeze({ clientId, authority, authorityKind, graphUrl });
}

function httpsUrl(field: 'entraAuthority' | 'graphUrl', value: string): string {
  let url: URL | null = null;
  try {
    url = new URL(value.trim());
  } catch {
    url = null;
  }
  if (!url || url.protocol !== 'https:' || url.search || url.hash || url.username) {
    const example =
      field === 'graphUrl' ? DEFAULT_GRAPH_URL : 'https://login.microsoftonline.com/<tenant id>';
    throw invalid(
      `The organisation’s ${field} “${value}” is not an https address without a query.`,
      `Ask your administrator to correct ${field} ${WHERE}, for example ${example}.`,
    );
  }
  return url.href.replace(/\/+$/, '');
}

function isMicrosoftHost(host: string): boolean {
  const name = host.toLowerCase();
  return MICROSOFT_HOSTS.includes(name) || name.endsWith('.ciamlogin.com');
}

function invalid(message: string, action: string): AppError {
  return new AppError({ kind: 'invalid-input', message, action, retryable: false });
}
