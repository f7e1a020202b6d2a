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

/** A field an organisation can set and lock. */
export type ManagedField = 'haloUrl' | 'clientId' | 'tenant';

/** Where an organisation's settings came from. */
export type ManagedConfigSource = 'start-url' | 'hosted';

/** Settings an organisation decided; they win over the user's and lock those fields. */
export interface ManagedConfig {
  /** Halo address. */
  readonly haloUrl?: string;
  /** Client id. */
  readonly clientId?: string;
  /** Tenant name. */
  readonly tenant?: string;
  /** Where each field came from. */
  readonly sources: Readonly<Partial<Record<ManagedField, ManagedConfigSource>>>;
}

/** The key of a tenant (`<base url> <client id>`), used to tie tokens to it. */
export function tenantKey(config: TenantConfig): string {
  return `${config.baseUrl} ${config.clientId}`;
}
