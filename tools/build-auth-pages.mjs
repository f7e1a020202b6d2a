// Builds the sign-in dialog pages into dist/addin/browser/auth/: start.html and callback.html
// (Halo sign-in), and entra-redirect.html (the Microsoft sign-in pop-up's redirect page, MSAL's
// redirect bridge), each with one small script bundle (no inline script, so a CSP without
// 'unsafe-inline' holds).
// They are separate entry pages, not routes of the app: the Office dialog must not boot the
// whole pane. esbuild bundles them from projects/addin/auth-pages/*.ts, resolving
// @halo-outlook/core and @halo-outlook/entra through tsconfig.json's paths; tree-shaking leaves
// only the page functions.
// Usage: node tools/build-auth-pages.mjs [--out dist/addin/browser/auth]
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { out: { type: 'string', default: 'dist/addin/browser/auth' } },
});
const source = resolve('projects/addin/auth-pages');
const out = resolve(values.out);
const pages = ['start', 'callback', 'entra-redirect'];

mkdirSync(out, { recursive: true });
const result = await build({
  entryPoints: pages.map((page) => join(source, `${page}.ts`)),
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  entryNames: '[name]-[hash]',
  outdir: out,
  tsconfig: 'tsconfig.json',
  metafile: true,
  logLevel: 'warning',
});

for (const page of pages) {
  const [file] = Object.entries(result.metafile.outputs).find(
    ([, output]) => output.entryPoint && basename(output.entryPoint) === `${page}.ts`,
  );
  const html = readFileSync(join(source, `${page}.html`), 'utf8');
  const script = `src="${page}.js"`;
  if (!html.includes(script)) throw new Error(`${page}.html must load its script with ${script}`);
  writeFileSync(join(out, `${page}.html`), html.replace(script, `src="${basename(file)}"`));
}
console.log(`built the sign-in pages into ${values.out}`);
