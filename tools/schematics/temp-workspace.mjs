// A throw-away Angular workspace in the OS temp dir, set up as a plugin author's would be once
// they have run `npm install @halo-outlook/sdk`: the repository's node_modules (linked, nothing is
// downloaded), the built @halo-outlook packages from dist/ installed (copied) beside them, the
// repository's compiler options and its Karma configuration (headless Chromium).
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root. */
export const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The built packages a plugin needs, as npm would install them. */
const PACKAGES = ['core', 'halo', 'sdk'];

/**
 * Throws, saying what to run, unless dist/ holds the built core, halo and sdk packages with the
 * sdk's schematics.
 */
export function assertBuilt() {
  const missing = PACKAGES.filter((name) => !existsSync(join(REPO, 'dist', name, 'package.json')));
  if (!existsSync(join(REPO, 'dist', 'sdk', 'schematics', 'collection.json'))) {
    missing.push('sdk/schematics');
  }
  if (missing.length > 0) {
    throw new Error(
      `dist/ lacks ${missing.join(', ')}. Build first: npx ng build core && npx ng build halo && ` +
        'npx ng build sdk && node tools/schematics/build-schematics.mjs (or npm run build).',
    );
  }
}

/** Creates the workspace and returns its path; remove it with {@link removeTempWorkspace}. */
export function createTempWorkspace() {
  assertBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'halo-plugin-scaffold-'));
  const modules = join(dir, 'node_modules');
  mkdirSync(join(modules, '@halo-outlook'), { recursive: true });
  for (const entry of readdirSync(join(REPO, 'node_modules'))) {
    if (entry === '@halo-outlook') continue;
    symlinkSync(join(REPO, 'node_modules', entry), join(modules, entry));
  }
  for (const name of PACKAGES) {
    cpSync(join(REPO, 'dist', name), join(modules, '@halo-outlook', name), { recursive: true });
  }
  const repoTsconfig = JSON.parse(readFileSync(join(REPO, 'tsconfig.json'), 'utf8'));
  // The repository's compiler options, without its paths (the packages come from node_modules).
  const compilerOptions = { ...repoTsconfig.compilerOptions };
  delete compilerOptions.paths;
  const files = {
    'package.json': { name: 'plugin-author-workspace', version: '0.0.0', private: true },
    'angular.json': {
      version: 1,
      newProjectRoot: 'projects',
      cli: { analytics: false, cache: { enabled: false }, packageManager: 'npm' },
      projects: {},
    },
    'tsconfig.json': {
      compileOnSave: false,
      compilerOptions,
      angularCompilerOptions: repoTsconfig.angularCompilerOptions,
      files: [],
      references: [],
    },
  };
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(dir, name), `${JSON.stringify(content, null, 2)}\n`);
  }
  writeFileSync(
    join(dir, 'karma.conf.js'),
    `module.exports = require(${JSON.stringify(join(REPO, 'karma.conf.js'))});\n`,
  );
  return dir;
}

/** Removes a workspace made by {@link createTempWorkspace}. */
export function removeTempWorkspace(dir) {
  if (dir) rmSync(dir, { recursive: true, force: true });
}

/**
 * Runs the Angular CLI in `dir` (the repository's, through the linked node_modules) and resolves
 * to its exit code and combined output.
 */
export function ng(dir, args, env = {}) {
  const cli = join(dir, 'node_modules', '@angular', 'cli', 'bin', 'ng.js');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd: dir,
      env: { ...process.env, NG_CLI_ANALYTICS: 'false', FORCE_COLOR: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ code, output }));
  });
}
