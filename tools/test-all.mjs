// `npm test`: every check the project has, headless and once, failing on any failure.
// Steps: lint → format → manifest → manifest tools (node:test) → unit tests of each Angular
// project (Karma, Chromium) → simulator tests (node:test: the Halo simulator, then the Microsoft
// simulator) → build of every library and the app →
// the sdk's schematics (node:test; scaffolded plugins built and tested) →
// end-to-end tests (Playwright, Chromium; they include nginx serving the build).
// Prints each step's counts and, last, one line with the totals.
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';

const ANGULAR_PROJECTS = [
  'core',
  'entra',
  'halo',
  'sdk',
  'matchers',
  'log-actions',
  'plugin-classification',
  'plugin-email-rules',
  'plugin-runbook',
  'addin',
];

/** One step: a name, a command, and how to read its pass/fail counts from its output. */
const steps = [
  { name: 'lint', command: 'npx', args: ['eslint', '.', '--max-warnings=0'] },
  { name: 'format', command: 'npx', args: ['prettier', '--check', '.', '--log-level=warn'] },
  {
    name: 'manifest',
    command: 'node',
    args: ['tools/manifest/validate-manifest.mjs', 'manifest.xml'],
  },
  {
    // The manifest validator and generator: broken manifests rejected, generated ones valid.
    name: 'tools',
    command: 'npm',
    args: ['run', '--silent', 'test:tools'],
    counts: nodeTestCounts,
  },
  ...ANGULAR_PROJECTS.map((project) => ({
    name: `unit:${project}`,
    command: 'npx',
    args: ['ng', 'test', project, '--no-watch', '--no-progress', '--browsers=ChromeHeadlessCI'],
    env: { KARMA_PROJECT: project },
    counts: karmaCounts,
  })),
  {
    name: 'simulator',
    command: 'npm',
    args: ['run', '--silent', 'test:sim'],
    counts: nodeTestCounts,
  },
  {
    // The Microsoft simulator: the Entra authority (discovery, PKCE, consent) and Graph.
    name: 'microsoft',
    command: 'npm',
    args: ['run', '--silent', 'test:microsoft'],
    counts: nodeTestCounts,
  },
  { name: 'build', command: 'node', args: ['tools/build-all.mjs'] },
  {
    // The sdk's schematics: unit tests, then a matcher and a log action scaffolded into a temporary
    // workspace, built with ng-packagr and tested in Chromium (needs the build above).
    name: 'schematics',
    command: 'npm',
    args: ['run', '--silent', 'test:schematics'],
    counts: nodeTestCounts,
  },
  { name: 'e2e', command: 'npx', args: ['playwright', 'test'], counts: playwrightCounts },
];

const only = process.argv.slice(2);
const selected = only.length ? steps.filter((s) => only.some((o) => s.name.startsWith(o))) : steps;
const results = [];
for (const step of selected) {
  results.push(await run(step));
}

console.log('\nSummary');
let passed = 0;
let failed = 0;
for (const r of results) {
  const counts = r.counts
    ? `${r.counts.passed} passed, ${r.counts.failed} failed`
    : r.ok
      ? 'ok'
      : 'FAILED';
  console.log(
    `  ${r.ok ? '✔' : '✘'} ${r.name.padEnd(18)} ${counts.padEnd(28)} ${(r.ms / 1000).toFixed(1)} s`,
  );
  passed += r.counts ? r.counts.passed : r.ok ? 1 : 0;
  failed += r.counts ? Math.max(r.counts.failed, r.ok ? 0 : 1) : r.ok ? 0 : 1;
}
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || results.some((r) => !r.ok) ? 1 : 0);

function run(step) {
  console.log(`\n▶ ${step.name}: ${step.command} ${step.args.join(' ')}`);
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(step.command, step.args, {
      env: { ...process.env, ...step.env, FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const relay = (chunk, stream) => {
      const text = chunk.toString();
      output += text;
      stream.write(text.replace(/^npm warn Unknown user config.*\n/gm, ''));
    };
    child.stdout.on('data', (c) => relay(c, process.stdout));
    child.stderr.on('data', (c) => relay(c, process.stderr));
    child.on('close', (code) => {
      const counts = step.counts?.(output) ?? null;
      const ok = code === 0 && (!counts || (counts.failed === 0 && counts.passed > 0));
      resolve({ name: step.name, ok, counts, ms: performance.now() - started });
    });
  });
}

function karmaCounts(output) {
  const m = /^\S+: (\d+) passed, (\d+) failed/m.exec(output);
  return m ? { passed: Number(m[1]), failed: Number(m[2]) } : { passed: 0, failed: 1 };
}

function nodeTestCounts(output) {
  const pass = /^ℹ pass (\d+)/m.exec(output) ?? /^# pass (\d+)/m.exec(output);
  const fail = /^ℹ fail (\d+)/m.exec(output) ?? /^# fail (\d+)/m.exec(output);
  return pass
    ? { passed: Number(pass[1]), failed: Number(fail?.[1] ?? 0) }
    : { passed: 0, failed: 1 };
}

function playwrightCounts(output) {
  const pass = /^\s*(\d+) passed/m.exec(output);
  const fail = /^\s*(\d+) failed/m.exec(output);
  return { passed: Number(pass?.[1] ?? 0), failed: Number(fail?.[1] ?? (pass ? 0 : 1)) };
}
