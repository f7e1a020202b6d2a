// Starts Halo simulators for a project's integration specs, and stops them when Karma exits.
// They run in a child process (`node --import tsx tools/karma/start-halo-simulators.mts`): `url`
// allows the Karma page's origin in its CORS list; `corsClosedUrl` allows nothing, so specs can
// meet a real failed preflight. The URLs reach the browser as `__karma__.config.haloSimulator`.
const { spawn } = require('node:child_process');
const path = require('node:path');
const readline = require('node:readline');

// Karma serves on 9876, or the next free port when that one is taken.
const KARMA_ORIGINS = Array.from({ length: 24 }, (_, i) => [
  `http://localhost:${9876 + i}`,
  `http://127.0.0.1:${9876 + i}`,
]).flat();

function startHaloSimulators() {
  const root = path.join(__dirname, '../..');
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(__dirname, 'start-halo-simulators.mts'),
      JSON.stringify(KARMA_ORIGINS),
    ],
    { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`Halo simulator exited early (code ${code})`)));
    lines.once('line', (line) => {
      child.removeAllListeners('exit');
      resolve({ ...JSON.parse(line), process: child });
    });
  });
}

// A Karma framework that stops the simulators when Karma exits.
function haloSimulatorPlugin(simulators) {
  function stopOnExit(emitter) {
    emitter.on('exit', (done) => {
      simulators.process.once('exit', () => done());
      simulators.process.stdin.end();
    });
  }
  stopOnExit.$inject = ['emitter'];
  return { 'framework:halo-simulator': ['factory', stopOnExit] };
}

module.exports = { startHaloSimulators, haloSimulatorPlugin };
