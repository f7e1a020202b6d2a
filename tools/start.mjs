// `npm start`: the whole product on one machine. Builds the libraries, the pane and the workbench,
// starts the Halo simulator, the Microsoft simulator (Entra authority + Graph, HTTPS) and the
// workbench (the pane inside an Outlook-like page with a stand-in for Office.js), prints one URL,
// and stops them all on Ctrl+C.
// Usage: node tools/start.mjs [--port 4400] [--sim-port 4300] [--ms-port 4443] [--seed 1] [--no-build]
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { tsImport } from 'tsx/esm/api';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4400' },
    'sim-port': { type: 'string', default: '4300' },
    'ms-port': { type: 'string', default: '4443' },
    seed: { type: 'string', default: '1' },
    'no-build': { type: 'boolean', default: false },
  },
});
const port = Number(values.port);
const simPort = Number(values['sim-port']);
const msPort = Number(values['ms-port']);
const origin = `http://127.0.0.1:${port}`;

if (!values['no-build']) {
  const build = spawnSync('node', ['tools/build-all.mjs'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const { startSimulator } = await tsImport(
  '../projects/halo-simulator/src/public-api.ts',
  import.meta.url,
);
const { startMicrosoftSimulator } = await tsImport(
  '../projects/microsoft-simulator/src/public-api.ts',
  import.meta.url,
);
const { startWorkbench } = await tsImport(
  '../projects/workbench/server/start-workbench.ts',
  import.meta.url,
);

let simulator;
let microsoft;
let workbench;
try {
  simulator = await startSimulator({
    port: simPort,
    seed: Number(values.seed),
    corsOrigins: [origin],
    redirectUris: [`${origin}/auth/callback.html`, `${origin}/workbench/probe/auth-callback.html`],
  });
  // Entra + Graph over HTTPS; Graph serves the workbench's mailbox (projects/workbench/samples).
  microsoft = await startMicrosoftSimulator({ port: msPort });
  workbench = await startWorkbench({
    port,
    paneDir: 'dist/addin/browser',
    workbenchDir: 'dist/workbench',
    samplesDir: 'projects/workbench/samples',
    haloUrl: simulator.url,
    clientId: simulator.clientId,
    entra: {
      clientId: microsoft.clientId,
      authority: microsoft.authority,
      graphUrl: microsoft.graphUrl,
    },
  });
} catch (error) {
  const busy = error?.code === 'EADDRINUSE';
  console.error(
    busy
      ? `Port ${error.port ?? ''} is in use: stop what runs there, or pick others with --port, --sim-port and --ms-port.`
      : `Could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  await Promise.allSettled([simulator?.stop(), microsoft?.stop()]);
  process.exit(1);
}

console.log(`\nHalo for Outlook is running: ${workbench.url}`);
console.log('Sign in to Halo as alex (password halo). Press Ctrl+C to stop.');
console.log(
  `Microsoft Entra + Graph (simulated, self-signed HTTPS): ${microsoft.authority}, client ${microsoft.clientId}, Graph ${microsoft.graphUrl};`,
);
console.log(
  `  open ${workbench.url}?entra=1 to give them to the pane; sign in as alex.morgan@msp.example (password halo).`,
);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await Promise.allSettled([workbench.stop(), simulator.stop(), microsoft.stop()]);
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
