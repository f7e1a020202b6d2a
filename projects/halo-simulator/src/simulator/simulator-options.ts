/** Latency added to every `/api` and `/auth` request: `fixedMs` plus a uniform random `[0, jitterMs)`. */
export interface LatencyOptions {
  fixedMs: number;
  jitterMs: number;
}

/** Rolling-window rate limit per API application (client id), like Halo-hosted's 300 per 5 minutes. */
export interface RateLimitOptions {
  /** Requests allowed in the window (Halo: 300). */
  max: number;
  /** Window length in ms (Halo: 300 000). */
  windowMs: number;
  /** Send `Retry-After: <seconds>` with 429s (no evidence Halo does; off by default). */
  retryAfterSeconds?: number;
}

/**
 * Switches for the points where the HaloPSA reference is unsure. The defaults are the strict
 * reading (the one a client must survive); flip them to reproduce other tenants/versions.
 */
export interface HaloVariants {
  /** `/api/Outcome`: bare array (default) or `{ record_count, outcomes }`. */
  outcomeEnvelope: 'array' | 'wrapped';
  /** `/Status`, `/Agent`, `/Team`, `/TicketType`, `/Priority`, `/FieldInfo`: bare array (default) or `{ record_count, <plural> }`. */
  referenceEnvelope: 'array' | 'wrapped';
  /** Write responses: single object (default, as captured), `[obj]`, or `{ <plural>: [obj] }`. */
  writeResponse: 'object' | 'array' | 'wrapped';
  /** Non-OAuth error bodies: plain text (default) or .NET-style `{ ClassName, Message }`. */
  errorBody: 'text' | 'json';
  /** Rows returned by Tickets/Users/Client/Site lists without `count` or `pageinate` (default 50; null = all). */
  unpagedLimit: number | null;
  /** Honour `GET /Actions?internetmessageid=` / `internet_message_id=` (unverified in Halo; default off = ignored). */
  actionsMessageIdFilter: boolean;
  /** Honour a custom-field filter on `/Tickets` (`field_<name>=` or `customfield_<name>=`); default none (ignored). */
  customFieldFilter: 'none' | 'field_' | 'customfield_';
  /** Write user `site_id` and site `client_id` as JSON doubles (`18.0`) like Halo (default true). */
  doubles: boolean;
  /** Apply the CORS allow-list to `/auth/*` too (default true); false = `/auth` sends no CORS headers. */
  corsOnAuth: boolean;
  /**
   * `/EmailRule`: readable by the signed-in agent (default), or `forbidden` — 403 with Halo's
   * permission message, as for a tenant or agent not allowed to read the e-mail rules.
   */
  emailRuleAccess: 'allowed' | 'forbidden';
  /**
   * How `/EmailRule` carries a rule's field mappings: six flat slots `starttag`/`endtag`/`fieldname`,
   * `starttag2`… `starttag6` (default) or a `fieldmappings` list (the reference names both).
   */
  emailRuleMappings: 'slots' | 'list';
}

/** Options of {@link startSimulator}; every field is optional. */
export interface SimulatorOptions {
  /** TCP port; 0 (default) = an ephemeral port. The CLI uses 4300. */
  port?: number;
  /** Bind address; only `127.0.0.1` is allowed. */
  host?: '127.0.0.1';
  /** Seed of the generated data (default 1). */
  seed?: number;
  /** Tenant name reported by `/api/authinfo` and accepted as `?tenant=` (default `halo-sim`). */
  tenant?: string;
  /** Reject `/auth/*` requests without `?tenant=` (default false, like self-hosted Halo). A wrong tenant is always rejected. */
  requireTenant?: boolean;
  /** Public client id of the seeded API application (default `halo-outlook-dev`). */
  clientId?: string;
  /**
   * Allowed redirect URIs of that application. An entry ending in `*` is a prefix match
   * (default: any path on the dev origins, e.g. `http://localhost:4200/*`).
   */
  redirectUris?: string[];
  /** CORS allow-list of the API application (exact origins). */
  corsOrigins?: string[];
  /** Access-token lifetime in seconds (default 3600). */
  accessTokenTtlSeconds?: number;
  /** Refresh-token lifetime in seconds (default 30 days). */
  refreshTokenTtlSeconds?: number;
  /** Issue refresh tokens only when `offline_access` was requested (default true). */
  refreshTokenRequiresOfflineAccess?: boolean;
  /** Rate limit, or false for none (default 300 per 5 minutes). */
  rateLimit?: RateLimitOptions | false;
  /** Latency per request (default none). */
  latency?: LatencyOptions;
  /** JSON file to load the data from (if present) and save it to after each change. In memory only by default. */
  persistPath?: string;
  /** Behaviour variants where the reference is unsure (merged over the strict defaults). */
  variants?: Partial<HaloVariants>;
  /** Print one line per request to stderr (default false). */
  logRequests?: boolean;
}

/** {@link SimulatorOptions} with every default applied. */
export interface ResolvedOptions {
  port: number;
  host: '127.0.0.1';
  seed: number;
  tenant: string;
  requireTenant: boolean;
  clientId: string;
  redirectUris: string[];
  corsOrigins: string[];
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  refreshTokenRequiresOfflineAccess: boolean;
  rateLimit: RateLimitOptions | false;
  latency: LatencyOptions;
  persistPath: string | undefined;
  variants: HaloVariants;
  logRequests: boolean;
}

/** The add-in's development origins (the default CORS allow-list). */
export const DEFAULT_CORS_ORIGINS: readonly string[] = [
  'http://localhost:4200',
  'https://localhost:4200',
  'http://127.0.0.1:4200',
  'http://localhost:4400',
  'http://127.0.0.1:4400',
];

/** Strict defaults of {@link HaloVariants}. */
export const DEFAULT_VARIANTS: HaloVariants = {
  outcomeEnvelope: 'array',
  referenceEnvelope: 'array',
  writeResponse: 'object',
  errorBody: 'text',
  unpagedLimit: 50,
  actionsMessageIdFilter: false,
  customFieldFilter: 'none',
  doubles: true,
  corsOnAuth: true,
  emailRuleAccess: 'allowed',
  emailRuleMappings: 'slots',
};

/** Applies defaults and checks the options (throws on a non-loopback host). */
export function resolveOptions(options: SimulatorOptions = {}): ResolvedOptions {
  const host = options.host ?? '127.0.0.1';
  if (host !== '127.0.0.1') throw new Error('halo-simulator binds 127.0.0.1 only');
  const corsOrigins = options.corsOrigins ?? [...DEFAULT_CORS_ORIGINS];
  return {
    port: options.port ?? 0,
    host,
    seed: options.seed ?? 1,
    tenant: options.tenant ?? 'halo-sim',
    requireTenant: options.requireTenant ?? false,
    clientId: options.clientId ?? 'halo-outlook-dev',
    redirectUris: options.redirectUris ?? DEFAULT_CORS_ORIGINS.map((origin) => `${origin}/*`),
    corsOrigins,
    accessTokenTtlSeconds: options.accessTokenTtlSeconds ?? 3600,
    refreshTokenTtlSeconds: options.refreshTokenTtlSeconds ?? 30 * 24 * 3600,
    refreshTokenRequiresOfflineAccess: options.refreshTokenRequiresOfflineAccess ?? true,
    rateLimit:
      options.rateLimit === undefined ? { max: 300, windowMs: 300_000 } : options.rateLimit,
    latency: options.latency ?? { fixedMs: 0, jitterMs: 0 },
    persistPath: options.persistPath,
    variants: { ...DEFAULT_VARIANTS, ...options.variants },
    logRequests: options.logRequests ?? false,
  };
}
