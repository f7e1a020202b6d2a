import { fileURLToPath } from 'node:url';

/** Options of {@link startMicrosoftSimulator}; every field is optional. */
export interface MicrosoftSimulatorOptions {
  /** TCP port on 127.0.0.1; 0 (default) = an ephemeral port. The CLI uses 4443. */
  port?: number;
  /** Bind address; only `127.0.0.1` is allowed. */
  host?: '127.0.0.1';
  /** The app registration's client id (a public SPA client; default `halo-outlook-entra-dev`). */
  clientId?: string;
  /**
   * Redirect URIs of the app registration. An entry is an exact URI, or a pattern where `*` as the
   * port means any port and a path ending in `*` means any path starting with what precedes it
   * (default: every page on `http://127.0.0.1` and `http://localhost`, any port).
   */
  redirectUris?: string[];
  /**
   * Origins allowed by CORS on the token endpoint and Graph. `*` as the port means any port
   * (default: `http(s)://127.0.0.1:*` and `http(s)://localhost:*`).
   */
  corsOrigins?: string[];
  /** Graph permissions the tenant admin consented to (default `User.Read`, `Mail.Read`). */
  consentedScopes?: string[];
  /** Also serve a second tenant (`Tailspin IT`, one user) at its own authority (default false). */
  secondTenant?: boolean;
  /** Access-token lifetime in seconds (default 3600). */
  accessTokenTtlSeconds?: number;
  /** Refresh-token lifetime in seconds (default 86400: Entra's 24 hours for SPA clients). */
  refreshTokenTtlSeconds?: number;
  /**
   * Token requests of the SPA client must be cross-origin (carry `Origin`), as Entra requires of a
   * redirect URI registered as "Single-page application" (AADSTS9002327). Default true.
   */
  spaRequiresOrigin?: boolean;
  /**
   * Folders holding the mailbox (`mailbox.json` and the `.eml` files it lists), searched in order
   * (default: the workbench's `projects/workbench/samples`, then `dist/workbench/samples` where the
   * build writes the large sample). Listed files found in none are skipped.
   */
  mailboxDirs?: string[];
  /** The user whose mailbox that is (default `alex.morgan@msp.example`); others have empty mailboxes. */
  mailboxOwner?: string;
  /** Print one line per request to stderr (default false). */
  logRequests?: boolean;
}

/** {@link MicrosoftSimulatorOptions} with every default applied. */
export interface ResolvedMicrosoftOptions {
  port: number;
  host: '127.0.0.1';
  clientId: string;
  redirectUris: string[];
  corsOrigins: string[];
  consentedScopes: string[];
  secondTenant: boolean;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  spaRequiresOrigin: boolean;
  mailboxDirs: string[];
  mailboxOwner: string;
  logRequests: boolean;
}

/** The default client id of the app registration. */
export const DEFAULT_CLIENT_ID = 'halo-outlook-entra-dev';

/** The default redirect URI patterns: any page on a loopback origin, any port. */
export const DEFAULT_REDIRECT_URIS: readonly string[] = [
  'http://127.0.0.1:*/*',
  'http://localhost:*/*',
];

/** The default CORS origins: loopback, any port, http or https. */
export const DEFAULT_CORS_ORIGINS: readonly string[] = [
  'http://127.0.0.1:*',
  'http://localhost:*',
  'https://127.0.0.1:*',
  'https://localhost:*',
];

/** The workbench's sample mailbox folder (resolved from this file, so any working directory works). */
export const WORKBENCH_SAMPLES_DIR = fileURLToPath(
  new URL('../../../workbench/samples', import.meta.url),
);

/** The samples the workbench build generates (the large one), when it has run. */
export const WORKBENCH_BUILT_SAMPLES_DIR = fileURLToPath(
  new URL('../../../../dist/workbench/samples', import.meta.url),
);

/** Applies defaults and checks the options (throws on a non-loopback host). */
export function resolveMicrosoftOptions(
  options: MicrosoftSimulatorOptions = {},
): ResolvedMicrosoftOptions {
  const host = options.host ?? '127.0.0.1';
  if (host !== '127.0.0.1') throw new Error('microsoft-simulator binds 127.0.0.1 only');
  return {
    port: options.port ?? 0,
    host,
    clientId: options.clientId ?? DEFAULT_CLIENT_ID,
    redirectUris: options.redirectUris ?? [...DEFAULT_REDIRECT_URIS],
    corsOrigins: options.corsOrigins ?? [...DEFAULT_CORS_ORIGINS],
    consentedScopes: options.consentedScopes ?? ['User.Read', 'Mail.Read'],
    secondTenant: options.secondTenant ?? false,
    accessTokenTtlSeconds: options.accessTokenTtlSeconds ?? 3600,
    refreshTokenTtlSeconds: options.refreshTokenTtlSeconds ?? 24 * 3600,
    spaRequiresOrigin: options.spaRequiresOrigin ?? true,
    mailboxDirs: options.mailboxDirs ?? [WORKBENCH_SAMPLES_DIR, WORKBENCH_BUILT_SAMPLES_DIR],
    mailboxOwner: options.mailboxOwner ?? 'alex.morgan@msp.example',
    logRequests: options.logRequests ?? false,
  };
}
