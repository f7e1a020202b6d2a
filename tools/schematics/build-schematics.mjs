// Builds the sdk's schematics into the built sdk package (dist/sdk/schematics), after
// `ng build sdk`: compiles projects/sdk/schematics with tsc (CommonJS, as the Angular CLI loads
// schematics) and copies collection.json, each schema.json and the templates (files/).
// Usage: node tools/schematics/build-schematics.mjs
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const source = join(root, 'projects', 'sdk', 'schematics');
const sdk = join(root, 'dist', 'sdk');
const out = join(sdk, 'schematics');

const fail = (message) => {
  console.error(`Build of the sdk's schematics failed: ${message}`);
  process.exit(1);
};

if (!existsSync(join(sdk, 'package.json'))) {
  fail('dist/sdk has no package.json. Build the sdk first: npx ng build sdk');
}
const pkg = JSON.parse(readFileSync(join(sdk, 'package.json'), 'utf8'));
if (pkg.schematics !== './schematics/collection.json') {
  fail(
    'dist/sdk/package.json does not declare "schematics": "./schematics/collection.json" ' +
      '(projects/sdk/package.json must, and ng build sdk copies it).',
  );
}

rmSync(out, { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const compiled = spawnSync(
  process.execPath,
  [tsc, '-p', join(source, 'tsconfig.schematics.json')],
  { stdio: 'inherit' },
);
if (compiled.status !== 0) fail(`tsc exited with ${compiled.status}: see the errors above.`);

// The non-TypeScript parts: the collection, each schematic's schema and its templates.
let copied = 0;
const copy = (path) => {
  cpSync(join(source, path), join(out, path), { recursive: true });
  copied += 1;
};
copy('collection.json');
for (const entry of readdirSync(source, { withFileTypes: true })) {
  if (!entry.isDirectory()) continue;
  for (const part of ['schema.json', 'files']) {
    if (existsSync(join(source, entry.name, part))) copy(join(entry.name, part));
  }
}

// The sdk package is ESM ("type": "module"); the schematics are CommonJS. ng-packagr's
// .npmignore leaves out nested package.json files, so this one is let back in.
writeFileSync(join(out, 'package.json'), `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n`);
const npmignore = join(sdk, '.npmignore');
const ignored = existsSync(npmignore) ? readFileSync(npmignore, 'utf8') : '';
if (!ignored.includes('!schematics/package.json')) {
  writeFileSync(npmignore, `${ignored.replace(/\n?$/, '\n')}!schematics/package.json\n`);
}

console.log(`built the sdk's schematics into ${relative(root, out)} (${copied} assets copied)`);
