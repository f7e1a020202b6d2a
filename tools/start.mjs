// `npm start`: the whole product on one machine. Builds the libraries, the pane and the workbench,
// starts the Halo simulator and the workbench (the pane inside an Outlook-like page with a stand-in
// for Office.js), prints one URL, and stops both on Ctrl+C.
// Usage: node tools/start.mjs [--port 4400] [--sim-port 4300] [--seed 1] [--no-build]
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { tsImport } from 'tsx/esm/api';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4400' },
    'sim-port': { type: 'string', default: '4300' },
    seed: { type: 'string', default: '1' },
    'no-build': { type: 'boolean', default: false },
  },
});
const port = Number(values.port);
const simPort = Number(values['sim-port']);
const origin = `http://127.0.0.1:${port}`;

if (!values['no-build']) {
  const build = spawnSync('node', ['tools/build-all.mjs'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const { startSimulator } = await tsImport(
  '../projects/halo-simulator/src/public-api.ts',
  import.meta.url,
);
const { startWorkbench } = await tsImport(
  '../projects/workbench/server/start-workbench.ts',
  import.meta.url,
);

let simulator;
let workbench;
try {
  simulator = await startSimulator({
    port: simPort,
    seed: Number(values.seed),
    corsOrigins: [origin],
    redirectUris: [`${origin}/auth/callback.html`, `${origin}/workbench/probe/auth-callback.html`],
  });
  workbench = await startWorkbench({
    port,
    paneDir: 'dist/addin/browser',
    workbenchDir: 'dist/workbench',
    samplesDir: 'projects/workbench/samples',
    haloUrl: simulator.url,
    clientId: simulator.clientId,
  });
} catch (error) {
  const busy = error?.code === 'EADDRINUSE';
  console.error(
    busy
      ? `Port ${error.port ?? ''} is in use: stop what runs there, or pick others with --port and --sim-port.`
      : `Could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  await simulator?.stop();
  process.exit(1);
}

console.log(`\nHalo for Outlook is running: ${workbench.url}`);
console.log('Sign in to Halo as alex (password halo). Press Ctrl+C to stop.');

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await Promise.allSettled([workbench.stop(), simulator.stop()]);
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
