// `npm run bench:size`: what the pane costs to download. Builds the add-in for production as
// `npm run build` does (chunk optimizer on: tools/app-build-env.mjs), with hidden source maps to
// say what each file holds, gzips (-9) every JavaScript file, and prints:
//   - the initial JavaScript: the scripts index.html loads and everything they import statically;
//   - each lazily loaded chunk (a view, a translation, the pane runtime), with what it holds and
//     what it adds;
//   - what a signed-in agent's pane needs: the initial JavaScript, plus the pane runtime's chunks
//     (the Halo client, plugins, resolution, events and logging: loaded by the first screen as soon
//     as a tenant is known, in an injector of their own) and the pane view's chunks, each counted
//     once. Both are needed before the pane shows an email, so both are counted; the pickers, the
//     log-action forms, the status menu and the write path load when used and are not.
// Numbers, not thresholds: it always exits 0 once it has measured.
//
// Reading them: esbuild splits code by file. A file the first screen reaches through a static
// import (a package's entry point, even one it uses one export of) goes into a chunk the first
// screen loads as soon as any lazy chunk uses any of it. So the initial JavaScript holds every
// part of @angular/core, common and rxjs the whole app uses, and all a library's primary entry
// point re-exports that some lazy chunk calls: root code imports light entry points only
// (`@halo-outlook/core/sign-in` and `/mailbox`, `@halo-outlook/log-actions/email`). The chunk
// optimizer then merges the chunks the first screen loads; the lazy chunks keep their own.
//
// Usage:
//   node tools/bench/size.mjs                 build into dist/bench/size, then measure
//   node tools/bench/size.mjs --no-build      measure an existing build: --dir, default
//                                             dist/bench/size (the last build of this bench, with
//                                             the source maps that name the chunks; npm run build's
//                                             dist/addin has none)
//   node tools/bench/size.mjs --i18n          also build the built-in i18n variant (one build per
//                                             language) and compare it with the runtime one
//   node tools/bench/size.mjs --entra         also build without the Entra features (configuration
//                                             without-entra: their providers replaced by empty ones)
//                                             and print what they add to the first screen
//   NG_BUILD_OPTIMIZE_CHUNKS=0 node tools/bench/size.mjs   the same without the chunk optimizer
import { TraceMap, decodedMappings } from '@jridgewell/trace-mapping';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { appBuildEnv } from '../app-build-env.mjs';

const { values } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    dir: { type: 'string' },
    i18n: { type: 'boolean', default: false },
    entra: { type: 'boolean', default: false },
  },
});

const TARGET_INITIAL_KB = 100;
const TARGET_PANE_KB = 180;

const dir = values.dir ?? 'dist/bench/size';
if (!values['no-build']) {
  build(['build', 'addin', '--configuration', 'production,measured', '--output-path', dir]);
}

const runtime = measure(join(dir, 'browser'));
report(runtime, dir);

if (values.i18n) compareI18n(runtime);
if (values.entra) compareEntra(runtime);

/** Runs the Angular CLI; stops with its output when it fails. */
function build(args) {
  console.log(`$ ng ${args.join(' ')}`);
  const result = spawnSync('npx', ['ng', ...args], { encoding: 'utf8', env: appBuildEnv() });
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    console.error('The build failed: fix it, then measure again.');
    process.exit(1);
  }
}

/**
 * What each source put into a JavaScript file (source → bytes of the file), read from its hidden
 * source map (configuration `measured`); null when the build has no maps. The chunk optimizer
 * rewrites the files after esbuild, so esbuild's own stats would describe files that are no longer
 * there.
 */
function bytesBySource(browserDir, name) {
  const file = join(browserDir, `${name}.map`);
  if (!existsSync(file)) return null;
  const map = new TraceMap(readFileSync(file, 'utf8'));
  const code = readFileSync(join(browserDir, name), 'utf8').split('\n');
  const bytes = new Map();
  decodedMappings(map).forEach((segments, line) => {
    segments.forEach((segment, i) => {
      if (segment.length < 4) return;
      const end = segments[i + 1]?.[0] ?? code[line]?.length ?? segment[0];
      const source = sourcePath(map.sources[segment[1]] ?? '');
      bytes.set(source, (bytes.get(source) ?? 0) + end - segment[0]);
    });
  });
  return bytes;
}

/**
 * A source map's source as a workspace path (`projects/…`, `node_modules/…`). Angular's packages
 * ship maps to the sources they were built from (`…/bin/packages/core/src/…`): those are named by
 * their package.
 */
function sourcePath(source) {
  const angular = source.match(/\/bin\/packages\/([\w-]+)\//);
  if (angular) return `node_modules/@angular/${angular[1]}/${source.slice(angular.index)}`;
  const inWorkspace = source.replace(/^(\.\.\/|\.\/)+/, '');
  const nodeModules = inWorkspace.indexOf('node_modules/');
  return nodeModules >= 0 ? inWorkspace.slice(nodeModules) : inWorkspace;
}

/**
 * Sizes, sources and the static/dynamic import graph of the JavaScript of one build (one
 * language). `sources`: file → (source → bytes), for the files that have a source map.
 */
function measure(browserDir) {
  if (!existsSync(join(browserDir, 'index.html'))) {
    console.error(`No build in ${browserDir}: run without --no-build, or give --dir.`);
    process.exit(1);
  }
  const files = new Map();
  const sources = new Map();
  for (const name of readdirSync(browserDir).filter((f) => f.endsWith('.js'))) {
    const code = readFileSync(join(browserDir, name));
    const text = code.toString('utf8');
    files.set(name, {
      name,
      raw: code.length,
      gzip: gzipSync(code, { level: 9 }).length,
      static: [...text.matchAll(/(?:from|import)\s*["'`]\.\/([\w.-]+\.js)["'`]/g)].map((m) => m[1]),
      dynamic: [...text.matchAll(/import\(\s*["'`]\.\/([\w.-]+\.js)["'`]\s*\)/g)].map((m) => m[1]),
      exports: [...text.matchAll(/export\s*\{([^}]*)\}/g)].flatMap((m) =>
        m[1].split(',').map((part) =>
          part
            .trim()
            .split(/\s+as\s+/)
            .pop(),
        ),
      ),
    });
    const bytes = bytesBySource(browserDir, name);
    if (bytes) sources.set(name, bytes);
  }
  const html = readFileSync(join(browserDir, 'index.html'), 'utf8');
  const entries = [...html.matchAll(/<script[^>]*\bsrc="([\w.-]+\.js)"/g)].map((m) => m[1]);
  const initial = closure(files, entries);
  const css = readdirSync(browserDir)
    .filter((f) => f.endsWith('.css'))
    .reduce((sum, f) => sum + gzipSync(readFileSync(join(browserDir, f)), { level: 9 }).length, 0);
  return { browserDir, files, initial, css, sources, hasSourceMaps: sources.size > 0 };
}

/** Every file reachable from `roots` through static imports. */
function closure(files, roots) {
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name) || !files.has(name)) return;
    seen.add(name);
    files.get(name).static.forEach(visit);
  };
  roots.forEach(visit);
  return seen;
}

/** Gzip bytes of a set of files. */
function gzipOf(build, names) {
  return [...names].reduce((sum, name) => sum + build.files.get(name).gzip, 0);
}

/**
 * What a lazy chunk is, by its entry module (`settings-view`, `messages.fr.json`…): a chunk's code
 * ends with its entry module's, after the modules it imports, so it is the last of our sources in
 * the file (or the last source at all, for a package's chunk).
 */
function chunkName(build, name) {
  const sources = [...(build.sources.get(name)?.keys() ?? [])];
  const entry = sources.filter((s) => s.startsWith('projects/')).pop() ?? sources.pop();
  if (entry) return entry.replace(/^.*\//, '').replace(/\.(ts|mjs|js)$/, '');
  // A chunk with no code of its own re-exports what its importer asked for: name it by that.
  const exported = build.files.get(name)?.exports[0];
  return exported ? exported.replace(/(?<=[a-z0-9])([A-Z])/g, '-$1').toLowerCase() : null;
}

/** The biggest contributors to a chunk, by package or source folder. */
function holds(build, names) {
  const parts = new Map();
  for (const name of names) {
    for (const [source, bytes] of build.sources.get(name) ?? []) {
      const key = source.startsWith('node_modules/')
        ? source.slice(13).match(/^(@[^/]+\/[^/]+|[^/]+)/)[1]
        : source.replace(
            /^projects\/([^/]+)\/(?:([^/]+)\/)?src\/(?:app\/)?([^/]+).*$/,
            (_, project, entry, folder) => `${project}${entry ? `/${entry}` : ''}:${folder}`,
          );
      parts.set(key, (parts.get(key) ?? 0) + bytes);
    }
  }
  return [...parts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([key, bytes]) => `${key} ${kb(bytes)}`)
    .join(', ');
}

/** The lazily loaded chunks: each dynamic import target, with what it adds to the initial set. */
function lazyChunks(build) {
  const targets = new Set(
    [...build.files.values()].flatMap((f) => f.dynamic).filter((n) => build.files.has(n)),
  );
  return [...targets]
    .map((name) => {
      const adds = [...closure(build.files, [name])].filter((n) => !build.initial.has(n));
      return { name, label: chunkName(build, name) ?? name, adds, gzip: gzipOf(build, adds) };
    })
    .sort((a, b) => b.gzip - a.gzip);
}

/** Prints the sizes of one build: its initial JavaScript, its lazy chunks and the pane's total. */
function report(build, buildDir) {
  const initialGzip = gzipOf(build, build.initial);
  console.log(`\nHalo for Outlook: JavaScript sizes (gzip -9) of ${relative('.', buildDir)}`);
  if (build.hasSourceMaps)
    console.log('(beside each: its largest sources, in minified bytes before gzip)');
  console.log(
    `\ninitial: ${kb(initialGzip)} in ${build.initial.size} files (+ ${kb(build.css)} CSS)`,
  );
  for (const name of [...build.initial].sort(
    (a, b) => build.files.get(b).gzip - build.files.get(a).gzip,
  )) {
    const what = build.hasSourceMaps ? `  ${holds(build, [name])}` : '';
    console.log(`  ${name.padEnd(26)} ${kb(build.files.get(name).gzip).padStart(9)}${what}`);
  }
  console.log('\nlazy chunks (what each adds to the initial files):');
  const lazy = lazyChunks(build);
  for (const chunk of lazy) {
    const what = build.hasSourceMaps ? `  ${holds(build, chunk.adds)}` : '';
    console.log(`  ${chunk.label.padEnd(26)} ${kb(chunk.gzip).padStart(9)}${what}`);
  }
  const pane = lazy.find((c) => c.label === 'pane-view');
  const runtime = lazy.find((c) => c.label === 'pane-runtime-providers');
  if (pane) {
    // The runtime and the view share chunks: count each file once.
    const both = new Set([...pane.adds, ...(runtime?.adds ?? [])]);
    const total = initialGzip + gzipOf(build, both);
    const parts = runtime
      ? `initial ${kb(initialGzip)} + pane runtime ${kb(runtime.gzip)} + pane view ${kb(pane.gzip)}` +
        `, ${kb(runtime.gzip + pane.gzip - gzipOf(build, both))} of it shared`
      : `initial ${kb(initialGzip)} + pane view ${kb(pane.gzip)}`;
    console.log(
      `\na signed-in agent's pane needs: ${kb(total)} (${parts}); ` +
        `its pickers, menus and log-action forms load when used`,
    );
    console.log(
      `targets: initial ≤ ${TARGET_INITIAL_KB} KB (${within(initialGzip, TARGET_INITIAL_KB)}), ` +
        `pane ≤ ${TARGET_PANE_KB} KB (${within(total, TARGET_PANE_KB)})`,
    );
  } else if (!build.hasSourceMaps) {
    console.log(
      '\n(no source maps: build with --configuration production,measured to name the chunks and find the pane)',
    );
  }
}

/**
 * The first screen with and without the Entra features wired in: MSAL and the Entra library are
 * lazy chunks, so what the organisations without Entra pay is the difference printed here.
 */
function compareEntra(withEntra) {
  const dir = 'dist/bench/without-entra';
  build([
    'build',
    'addin',
    '--configuration',
    'production,measured,without-entra',
    '--output-path',
    dir,
  ]);
  const without = measure(join(dir, 'browser'));
  const a = gzipOf(withEntra, withEntra.initial);
  const b = gzipOf(without, without.initial);
  const entra = lazyChunks(withEntra).find((c) => /msal-browser/.test(holds(withEntra, c.adds)));
  console.log('\nEntra: the first screen with and without the Entra features wired in');
  console.log(`  initial JS with Entra:    ${kb(a).padStart(9)}`);
  console.log(`  initial JS without Entra: ${kb(b).padStart(9)}`);
  console.log(`  difference:               ${kb(a - b).padStart(9)}`);
  if (entra)
    console.log(`  MSAL and @halo-outlook/entra, loaded only with an Entra app: ${kb(entra.gzip)}`);
}

function compareI18n(runtime) {
  const builtinDir = 'dist/bench/i18n-builtin';
  build([
    'build',
    'addin',
    '--configuration',
    'production,measured,i18n-builtin',
    '--output-path',
    builtinDir,
  ]);
  const rows = [];
  const runtimeInitial = gzipOf(runtime, runtime.initial);
  const french = lazyChunks(runtime).find((c) => c.label.startsWith('messages.fr'));
  rows.push(['runtime (one build), English', runtimeInitial, 0, 'reloads the pane']);
  rows.push([
    'runtime (one build), French',
    runtimeInitial + (french?.gzip ?? 0),
    1,
    'reloads the pane',
  ]);
  for (const locale of ['en', 'fr']) {
    const built = measure(join(builtinDir, 'browser', locale));
    rows.push([
      `built-in (per-locale build), ${locale === 'en' ? 'English' : 'French'}`,
      gzipOf(built, built.initial),
      0,
      'loads the other build’s URL',
    ]);
  }
  console.log('\ni18n: built-in per-locale builds vs one build with runtime translations');
  console.log(
    `  ${'variant'.padEnd(40)} ${'initial JS'.padStart(10)}  extra requests  switching language`,
  );
  for (const [name, bytes, requests, switching] of rows) {
    console.log(
      `  ${name.padEnd(40)} ${kb(bytes).padStart(10)}  ${String(requests).padStart(14)}  ${switching}`,
    );
  }
  if (french) console.log(`  the French translations chunk: ${kb(french.gzip)}`);
}

function within(bytes, targetKb) {
  const over = bytes / 1024 - targetKb;
  return over <= 0 ? `within by ${(-over).toFixed(1)} KB` : `over by ${over.toFixed(1)} KB`;
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
