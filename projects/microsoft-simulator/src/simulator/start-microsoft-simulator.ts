import { type IncomingMessage, type ServerResponse } from 'node:http';
import { type Server, createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { createControl } from '../control/create-control.js';
import type { MicrosoftSimulatorControl } from '../control/microsoft-control.js';
import { MicrosoftRequestLog } from '../control/request-log.js';
import type { DirectoryUser } from '../directory/directory-user.js';
import { mspTenant, secondTenant } from '../directory/fixed-tenants.js';
import { ConsentState } from '../identity/consent-state.js';
import { TokenStore } from '../identity/token-store.js';
import { createSigningKey } from '../jwt/signing-key.js';
import type { GraphMailbox } from '../mailbox/graph-mailbox.js';
import { loadMailbox } from '../mailbox/load-mailbox.js';
import { createSelfSignedCertificate } from '../tls/self-signed-certificate.js';
import { createApp } from './create-app.js';
import { type MicrosoftContext, authorityOf, graphUrlOf } from './microsoft-context.js';
import {
  type MicrosoftSimulatorOptions,
  type ResolvedMicrosoftOptions,
  resolveMicrosoftOptions,
} from './microsoft-simulator-options.js';

/** A tenant as a running simulator serves it. */
export interface RunningTenant {
  readonly id: string;
  readonly name: string;
  /** `https://127.0.0.1:<port>/<tenant id>/v2.0`: MSAL's `authority` and the tokens' `iss`. */
  readonly authority: string;
  readonly users: readonly DirectoryUser[];
}

/**
 * The MSAL Browser configuration an app needs for this simulator (merge `redirectUri`, cache and
 * logging options of its own). `protocolMode` goes in `system` in MSAL Browser 5.
 */
export interface SimulatorMsalConfiguration {
  auth: { clientId: string; authority: string; knownAuthorities: string[] };
  system: { protocolMode: 'OIDC' };
}

/** A started Microsoft simulator. */
export interface RunningMicrosoftSimulator {
  /** Base URL, e.g. `https://127.0.0.1:4443`. */
  readonly url: string;
  readonly port: number;
  /** The first tenant's authority (MSAL's `authority`). */
  readonly authority: string;
  /** The first tenant's id (`tid`). */
  readonly tenantId: string;
  readonly tenantName: string;
  /** Every tenant served (two with `secondTenant`). */
  readonly tenants: readonly RunningTenant[];
  /** The app registration's client id. */
  readonly clientId: string;
  /** Graph's base URL, e.g. `https://127.0.0.1:4443/graph/v1.0`. */
  readonly graphUrl: string;
  /** MSAL's `knownAuthorities` entry: `127.0.0.1:<port>`. */
  readonly knownAuthority: string;
  /** The MSAL configuration for the first tenant. */
  readonly msalConfiguration: SimulatorMsalConfiguration;
  /** The self-signed TLS certificate (PEM): trust it as a CA in Node clients. */
  readonly certificate: string;
  readonly mailbox: GraphMailbox;
  readonly options: ResolvedMicrosoftOptions;
  readonly control: MicrosoftSimulatorControl;
  /** Closes the server and every open connection. */
  stop(): Promise<void>;
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/**
 * Starts the Microsoft simulator on https://127.0.0.1 (port 0 = ephemeral): an Entra-like
 * authority per tenant and the Graph subset, with the workbench's mailbox. Usage:
 * ```ts
 * const ms = await startMicrosoftSimulator({ consentedScopes: ['User.Read'] });
 * // ms.authority, ms.clientId, ms.graphUrl, ms.msalConfiguration, ms.control.requestLog({ area: 'graph' })
 * await ms.stop();
 * ```
 */
export async function startMicrosoftSimulator(
  options: MicrosoftSimulatorOptions = {},
): Promise<RunningMicrosoftSimulator> {
  const resolved = resolveMicrosoftOptions(options);
  const consent = new ConsentState(resolved.consentedScopes);
  const [tls, mailbox] = await Promise.all([
    createSelfSignedCertificate(),
    loadMailbox(resolved.mailboxDirs, resolved.mailboxOwner),
  ]);
  let handler: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => {
    res.statusCode = 503;
    res.end('starting');
  };
  const server = createServer({ key: tls.key, cert: tls.cert }, (req, res) => handler(req, res));
  server.on('tlsClientError', () => {
    // A browser refusing the self-signed certificate closes the connection: nothing to report.
  });
  await listen(server, resolved.port, resolved.host);
  const port = (server.address() as AddressInfo).port;
  const ctx: MicrosoftContext = {
    options: resolved,
    tenants: resolved.secondTenant ? [mspTenant(), secondTenant()] : [mspTenant()],
    key: createSigningKey(),
    consent,
    log: new MicrosoftRequestLog(),
    store: new TokenStore(),
    mailbox,
    baseUrl: `https://${resolved.host}:${port}`,
  };
  const control = createControl(ctx);
  handler = createApp(ctx, control, tls.cert);
  const tenants = ctx.tenants.map((t) => ({
    id: t.id,
    name: t.name,
    authority: authorityOf(ctx, t),
    users: t.users,
  }));
  const first = tenants[0] as RunningTenant;
  const knownAuthority = `${resolved.host}:${port}`;
  return {
    url: ctx.baseUrl,
    port,
    authority: first.authority,
    tenantId: first.id,
    tenantName: first.name,
    tenants,
    clientId: resolved.clientId,
    graphUrl: graphUrlOf(ctx),
    knownAuthority,
    msalConfiguration: {
      auth: {
        clientId: resolved.clientId,
        authority: first.authority,
        knownAuthorities: [knownAuthority],
      },
      system: { protocolMode: 'OIDC' },
    },
    certificate: tls.cert,
    mailbox,
    options: resolved,
    control,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
