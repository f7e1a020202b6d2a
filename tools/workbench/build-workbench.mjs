// Builds the workbench into dist/workbench: the Office stand-in (one classic script defining
// window.Office, as office.js does), the workbench page, the probe pages, and the generated large
// sample email. Type-checks first. Usage: node tools/workbench/build-workbench.mjs
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { writeLargeSample } from './large-sample.mjs';

const SRC = 'projects/workbench/src';
const OUT = 'dist/workbench';

for (const project of [
  'projects/workbench/tsconfig.json',
  'projects/workbench/tsconfig.server.json',
]) {
  const check = spawnSync('npx', ['tsc', '-p', project], { stdio: 'inherit' });
  if (check.status !== 0) {
    console.error(`\nThe workbench does not type-check (${project}): see the errors above.`);
    process.exit(check.status ?? 1);
  }
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(join(OUT, 'probe'), { recursive: true });
const common = {
  bundle: true,
  target: 'es2022',
  sourcemap: true,
  logLevel: 'warning',
  legalComments: 'none',
};
await build({
  ...common,
  entryPoints: [`${SRC}/office-standin/office-standin.ts`],
  outfile: `${OUT}/office.js`,
  format: 'iife',
});
await build({
  ...common,
  entryPoints: [`${SRC}/host/main.ts`],
  outfile: `${OUT}/workbench.js`,
  format: 'esm',
});
await build({
  ...common,
  entryPoints: ['probe', 'auth-start', 'auth-callback'].map((name) => `${SRC}/probe/${name}.ts`),
  outdir: `${OUT}/probe`,
  format: 'esm',
});
copyFileSync(`${SRC}/host/index.html`, `${OUT}/index.html`);
copyFileSync(`${SRC}/host/workbench.css`, `${OUT}/workbench.css`);
for (const page of ['index', 'auth-start', 'auth-callback']) {
  copyFileSync(`${SRC}/probe/${page}.html`, `${OUT}/probe/${page}.html`);
}
const large = writeLargeSample(join(OUT, 'samples'));
console.log(
  `built the workbench into ${OUT} (large sample: ${(large.bytes / 1048576).toFixed(1)} MB)`,
);
