// `npm run build`: every library (in dependency order, each into dist/<name>) and then the app
// (dist/addin). Libraries compile against the built packages of what they depend on.
import { spawnSync } from 'node:child_process';
import { appBuildEnv } from './app-build-env.mjs';

const ORDER = [
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

for (const project of ORDER) {
  const started = Date.now();
  const result = spawnSync('npx', ['ng', 'build', project], {
    stdio: 'inherit',
    env: project === 'addin' ? appBuildEnv() : process.env,
  });
  if (result.status !== 0) {
    console.error(`\nBuild of ${project} failed (exit ${result.status}): see the errors above.`);
    process.exit(result.status ?? 1);
  }
  console.log(`built ${project} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  // The sdk's schematics (ng generate @halo-outlook/sdk:matcher …) go into the built sdk package.
  if (project === 'sdk') {
    const schematics = spawnSync('node', ['tools/schematics/build-schematics.mjs'], {
      stdio: 'inherit',
      env: process.env,
    });
    if (schematics.status !== 0) process.exit(schematics.status ?? 1);
  }
}

// The sign-in dialog pages (auth/start.html, auth/callback.html): small entry pages bundled with
// esbuild beside the app, after the app build (which empties dist/addin).
const pages = spawnSync('node', ['tools/build-auth-pages.mjs'], {
  stdio: 'inherit',
  env: process.env,
});
if (pages.status !== 0) {
  console.error(
    `\nBuild of the sign-in pages failed (exit ${pages.status}): see the errors above.`,
  );
  process.exit(pages.status ?? 1);
}

// The workbench (the pane inside an Outlook-like page, with the Office stand-in): dist/workbench.
const workbench = spawnSync('node', ['tools/workbench/build-workbench.mjs'], {
  stdio: 'inherit',
  env: process.env,
});
if (workbench.status !== 0) {
  console.error(
    `\nBuild of the workbench failed (exit ${workbench.status}): see the errors above.`,
  );
  process.exit(workbench.status ?? 1);
}
