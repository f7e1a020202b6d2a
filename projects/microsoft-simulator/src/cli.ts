import { parseArgs } from 'node:util';
import { startMicrosoftSimulator } from './public-api.js';
import type { MicrosoftSimulatorOptions } from './public-api.js';

const USAGE = `Usage: npm run sim:microsoft -- [options]
  --port <n>              port on 127.0.0.1 (default 4443; 0 = any free port)
  --client-id <id>        the Entra app's client id (default halo-outlook-entra-dev)
  --consent <scopes>      comma-separated Graph permissions the admin consented to
                          (default User.Read,Mail.Read; "" = none)
  --second-tenant         also serve a second tenant (Tailspin IT)
  --redirect-uris <list>  comma-separated redirect URIs or patterns (default: any loopback page)
  --mailbox <dirs>        comma-separated folders with mailbox.json and .eml files
                          (default: projects/workbench/samples)
  --ttl <seconds>         access-token lifetime (default 3600)
  --log                   print each request
  --help`;

function list(value: string | undefined): string[] | undefined {
  return value === undefined
    ? undefined
    : value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      'client-id': { type: 'string' },
      consent: { type: 'string' },
      'second-tenant': { type: 'boolean' },
      'redirect-uris': { type: 'string' },
      mailbox: { type: 'string' },
      ttl: { type: 'string' },
      log: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const port = Number(values.port ?? 4443);
  const ttl = values.ttl === undefined ? undefined : Number(values.ttl);
  if (!Number.isInteger(port) || (ttl !== undefined && !(ttl > 0))) {
    throw new Error('--port and --ttl take whole numbers');
  }
  const options: MicrosoftSimulatorOptions = {
    port,
    clientId: values['client-id'],
    consentedScopes: list(values.consent),
    secondTenant: values['second-tenant'],
    redirectUris: list(values['redirect-uris']),
    mailboxDirs: list(values.mailbox),
    accessTokenTtlSeconds: ttl,
    logRequests: values.log,
  };
  const ms = await startMicrosoftSimulator(options);
  const lines = [
    'Microsoft simulator (a local Entra authority and Microsoft Graph subset; test facility)',
    `  URL:          ${ms.url}   (HTTPS, self-signed certificate made at start: trust it or ignore the error)`,
    ...ms.tenants.flatMap((t) => [
      `  Tenant:       ${t.name} (${t.id})`,
      `    Authority:  ${t.authority}`,
      `    Discovery:  ${t.authority}/.well-known/openid-configuration`,
      `    Logins:     ${t.users.map((u) => `${u.userPrincipalName}${u.accountEnabled ? '' : ' (disabled)'}`).join(', ')} / password halo`,
    ]),
    `  Client id:    ${ms.clientId}   (public SPA client, PKCE S256; redirect URIs: ${ms.options.redirectUris.join(', ')})`,
    `  MSAL:         auth.knownAuthorities ['${ms.knownAuthority}'], system.protocolMode 'OIDC'`,
    `  Graph:        ${ms.graphUrl}   (mailbox of ${ms.mailbox.owner}: ${ms.mailbox.messages.length} messages)`,
    `  Consented:    ${ms.control.consentedScopes().join(', ') || '(nothing)'}`,
    `  Admin:        ${ms.url}/_ms   (log, consent, tokens, reset, certificate)`,
    ...ms.mailbox.skipped.map((s) => `  Not loaded:   ${s}`),
    'Press Ctrl+C to stop.',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  const stop = (): void => {
    void ms.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `microsoft-simulator: ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`,
  );
  process.exit(1);
});
