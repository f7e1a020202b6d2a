/** The Halo tenant the add-in talks to, validated. */
export interface TenantConfig {
  /** The instance's base URL (`https://acme.halopsa.com`). */
  readonly baseUrl: string;
  /** The resource server (`<base>/api`). */
  readonly apiUrl: string;
  /** The auth server, as discovered (`<base>/auth` or another host). */
  readonly authUrl: string;
  /** The Halo API application's client id. */
  readonly clientId: string;
  /** The tenant name sent as `?tenant=`, when there is one. */
  readonly tenant: string | null;
}

/** What the set-up screen collects. */
export interface TenantConfigInput {
  /** The Halo address as typed. */
  readonly haloUrl: string;
  /** The client id as typed. */
  readonly clientId: string;
  /** A tenant name, when the user or organisation gives one (discovery fills it otherwise). */
  readonly tenant?: string | null;
}

/**
 * A field an organisation can set and lock: the Halo tenant (`haloUrl`, `clientId`, `tenant`)
 * and the optional Microsoft Entra features (`entraClientId`, `entraAuthority`, `graphUrl`).
 */
export type ManagedField =
  'haloUrl' | 'clientId' | 'tenant' | 'entraClientId' | 'entraAuthority' | 'graphUrl';

/**
 * Where an organisation's settings came from: the start URL (the manifest), the hosted
 * `config.json`'s entry for the email domain (`hosted`) or for the Entra tenant (`hosted-tenant`).
 */
export type ManagedConfigSource = 'start-url' | 'hosted' | 'hosted-tenant';

/** Settings an organisation decided; they win over the user's and lock those fields. */
export interface ManagedConfig {
  /** Halo address. */
  readonly haloUrl?: string;
  /** Client id. */
  readonly clientId?: string;
  /** Tenant name. */
  readonly tenant?: string;
  /** The application (client) id of the organisation's Microsoft Entra app, if it has one. */
  readonly entraClientId?: string;
  /** The Entra authority to sign in with (default: any work or school account). */
  readonly entraAuthority?: string;
  /** The Microsoft Graph endpoint (default `https://graph.microsoft.com/v1.0`). */
  readonly graphUrl?: string;
  /** Where each field came from. */
  readonly sources: Readonly<Partial<Record<ManagedField, ManagedConfigSource>>>;
}

/**
 * The key of a tenant (`<base url> <client id>`), used to tie what is kept for it (tokens, outbox
 * entries) to it.
 *
 * @usageNotes
 * `const owner = config ? tenantKey(config) : null;`
 */
export function tenantKey(config: TenantConfig): string {
  return `${config.baseUrl} ${config.clientId}`;
}
