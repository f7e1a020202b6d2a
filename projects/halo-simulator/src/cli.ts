import { parseArgs } from 'node:util';
import { startSimulator } from './public-api.js';
import type { SimulatorOptions } from './public-api.js';

const USAGE = `Usage: npm run sim -- [options]
  --port <n>            port on 127.0.0.1 (default 4300; 0 = any free port)
  --seed <n>            data seed (default 1)
  --tenant <name>       tenant name (default halo-sim)
  --require-tenant      refuse /auth requests without ?tenant=
  --ttl <seconds>       access-token lifetime (default 3600)
  --latency <ms>        fixed latency per request
  --jitter <ms>         random extra latency per request
  --rate-limit <n|off>  requests per window (default 300)
  --rate-window <ms>    rate-limit window (default 300000)
  --persist <file>      load/save the data as JSON in <file>
  --cors <origins>      comma-separated CORS allow-list (replaces the default)
  --log                 print each request
  --help`;

function int(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n)) throw new Error(`--${name} must be a number`);
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      seed: { type: 'string' },
      tenant: { type: 'string' },
      'require-tenant': { type: 'boolean' },
      ttl: { type: 'string' },
      latency: { type: 'string' },
      jitter: { type: 'string' },
      'rate-limit': { type: 'string' },
      'rate-window': { type: 'string' },
      persist: { type: 'string' },
      cors: { type: 'string' },
      log: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const rate = values['rate-limit'];
  const options: SimulatorOptions = {
    port: int(values.port, 'port') ?? 4300,
    seed: int(values.seed, 'seed'),
    tenant: values.tenant,
    requireTenant: values['require-tenant'],
    accessTokenTtlSeconds: int(values.ttl, 'ttl'),
    latency:
      values.latency || values.jitter
        ? {
            fixedMs: int(values.latency, 'latency') ?? 0,
            jitterMs: int(values.jitter, 'jitter') ?? 0,
          }
        : undefined,
    rateLimit:
      rate === 'off'
        ? false
        : rate
          ? {
              max: int(rate, 'rate-limit') ?? 300,
              windowMs: int(values['rate-window'], 'rate-window') ?? 300_000,
            }
          : undefined,
    persistPath: values.persist,
    corsOrigins: values.cors ? values.cors.split(',').map((o) => o.trim()) : undefined,
    logRequests: values.log,
  };
  const sim = await startSimulator(options);
  const lines = [
    'Halo simulator (a local HaloPSA stand-in; test facility)',
    `  URL:        ${sim.url}`,
    `  API:        ${sim.url}/api        (discovery: ${sim.url}/api/authinfo)`,
    `  Auth:       ${sim.url}/auth       (authorize, token)`,
    `  Admin:      ${sim.url}/_sim       (latency, faults, request log, reset)`,
    `  Client id:  ${sim.clientId}       (public client, PKCE S256)`,
    `  Tenant:     ${sim.tenant}`,
    `  CORS:       ${sim.options.corsOrigins.join(', ')}`,
    '  Agent logins:',
    ...sim.agents.map(
      (a) =>
        `    ${a.login.padEnd(8)} / ${a.password}   ${a.name}${a.disabled ? ' (disabled)' : ''}`,
    ),
    `  Seed ${sim.data.seed}: ${sim.data.clients.length} clients, ${sim.data.sites.length} sites, ${sim.data.users.length} users, ${sim.data.tickets.length} tickets`,
    'Press Ctrl+C to stop.',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  const stop = (): void => {
    void sim.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `halo-simulator: ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`,
  );
  process.exit(1);
});
