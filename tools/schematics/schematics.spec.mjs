// The sdk's schematics on an in-memory workspace (the devkit's SchematicTestRunner), from the
// built collection in dist/sdk/schematics: what they write, what they refuse, and how they fit the
// workspace they run in. Run: npm run test:schematics
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { assertBuilt, REPO } from './temp-workspace.mjs';

// The devkit is CommonJS without an exports map: loaded with require.
const require = createRequire(import.meta.url);
const { SchematicTestRunner, UnitTestTree } = require('@angular-devkit/schematics/testing');
const { HostTree } = require('@angular-devkit/schematics');

assertBuilt();
const runner = new SchematicTestRunner(
  '@halo-outlook/sdk',
  join(REPO, 'dist', 'sdk', 'schematics', 'collection.json'),
);

/** An Angular workspace: angular.json, a root tsconfig (paths and references) and karma.conf.js. */
function aWorkspace(extra = {}) {
  const tree = new UnitTestTree(new HostTree());
  const files = {
    'angular.json': { version: 1, newProjectRoot: 'projects', projects: {} },
    'tsconfig.json': { compilerOptions: { strict: true, paths: {} }, files: [], references: [] },
    ...extra,
  };
  for (const [path, content] of Object.entries(files)) {
    tree.create(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  }
  tree.create('karma.conf.js', 'module.exports = () => undefined;\n');
  return tree;
}

const json = (tree, path) => JSON.parse(tree.readContent(path));

describe('matcher', () => {
  test('writes a library named after the plugin, with the id vendor.name', async () => {
    const tree = await runner.runSchematic(
      'matcher',
      { name: 'VipFlag', vendor: 'acme' },
      aWorkspace(),
    );
    const root = '/projects/plugin-vip-flag';
    assert.deepEqual(
      tree.files.filter((f) => f.startsWith(root)).sort(),
      [
        'README.md',
        'ng-package.json',
        'package.json',
        'src/index.ts',
        'src/public-api.ts',
        'src/vip-flag-matcher-options.ts',
        'src/vip-flag-matcher.spec.ts',
        'src/vip-flag-matcher.ts',
        'tsconfig.lib.json',
        'tsconfig.lib.prod.json',
        'tsconfig.spec.json',
      ].map((f) => `${root}/${f}`),
    );
    assert.match(
      tree.readContent(`${root}/src/vip-flag-matcher.ts`),
      /const ID = 'acme\.vip-flag';/,
    );
    assert.match(
      tree.readContent(`${root}/src/vip-flag-matcher.ts`),
      /export function vipFlagMatcher\(/,
    );
    const pkg = json(tree, `${root}/package.json`);
    assert.equal(pkg.name, '@acme/plugin-vip-flag');
    assert.deepEqual(Object.keys(pkg.peerDependencies).sort(), [
      '@angular/common',
      '@angular/core',
      '@halo-outlook/sdk',
      'rxjs',
    ]);
    const sdk = JSON.parse(readFileSync(join(REPO, 'dist', 'sdk', 'package.json'), 'utf8'));
    assert.equal(pkg.peerDependencies['@halo-outlook/sdk'], `^${sdk.version}`);
    assert.equal(json(tree, `${root}/ng-package.json`).dest, '../../dist/plugin-vip-flag');
    assert.equal(json(tree, `${root}/tsconfig.lib.json`).extends, '../../tsconfig.json');
  });

  test('adds the project to angular.json, with ng-packagr and Karma targets', async () => {
    const tree = await runner.runSchematic('matcher', { name: 'vip-flag' }, aWorkspace());
    const project = json(tree, '/angular.json').projects['plugin-vip-flag'];
    assert.equal(project.projectType, 'library');
    assert.equal(project.root, 'projects/plugin-vip-flag');
    assert.equal(project.architect.build.builder, '@angular/build:ng-packagr');
    assert.equal(
      project.architect.build.configurations.production.tsConfig,
      'projects/plugin-vip-flag/tsconfig.lib.prod.json',
    );
    assert.deepEqual(project.architect.test, {
      builder: '@angular/build:karma',
      options: {
        tsConfig: 'projects/plugin-vip-flag/tsconfig.spec.json',
        karmaConfig: 'karma.conf.js',
      },
    });
  });

  test('maps the package and lists its configurations in the root tsconfig.json', async () => {
    const tree = await runner.runSchematic('matcher', { name: 'vip-flag' }, aWorkspace());
    const tsconfig = json(tree, '/tsconfig.json');
    assert.deepEqual(tsconfig.compilerOptions.paths, {
      '@acme/plugin-vip-flag': ['./projects/plugin-vip-flag/src/index.ts'],
    });
    assert.deepEqual(tsconfig.references, [
      { path: './projects/plugin-vip-flag/tsconfig.lib.json' },
      { path: './projects/plugin-vip-flag/tsconfig.spec.json' },
    ]);
  });

  test('prints the registration line', async () => {
    const logs = [];
    const subscription = runner.logger.subscribe((entry) => logs.push(entry.message));
    await runner.runSchematic('matcher', { name: 'vip-flag', vendor: 'contoso' }, aWorkspace());
    subscription.unsubscribe();
    const text = logs.join('\n');
    assert.match(text, /provideHaloPlugins\(withMatchers\(vipFlagMatcher\(\)\)\)/);
    assert.match(text, /import \{ vipFlagMatcher \} from '@contoso\/plugin-vip-flag';/);
    assert.match(text, /ng build plugin-vip-flag/);
  });

  test('builds against dist/ in a workspace that builds the sdk itself', async () => {
    const workspace = aWorkspace({
      'angular.json': {
        version: 1,
        newProjectRoot: 'projects',
        projects: { sdk: { root: 'projects/sdk', projectType: 'library' } },
      },
      'projects/sdk/package.json': { name: '@halo-outlook/sdk' },
      'projects/sdk/ng-package.json': { dest: '../../dist/sdk' },
    });
    const tree = await runner.runSchematic('matcher', { name: 'vip-flag' }, workspace);
    assert.deepEqual(
      json(tree, '/projects/plugin-vip-flag/tsconfig.lib.json').compilerOptions.paths,
      {
        '@halo-outlook/sdk': ['../../dist/sdk'],
      },
    );
  });

  test('honours --package-name, --project and --path', async () => {
    const tree = await runner.runSchematic(
      'matcher',
      { name: 'vip-flag', packageName: 'msp-vip', project: 'vip', path: 'libs/vip' },
      aWorkspace(),
    );
    assert.equal(json(tree, '/libs/vip/package.json').name, 'msp-vip');
    assert.equal(json(tree, '/libs/vip/ng-package.json').dest, '../../dist/vip');
    assert.equal(json(tree, '/angular.json').projects.vip.root, 'libs/vip');
  });

  test('refuses an invalid name, saying what a valid one looks like', async () => {
    for (const name of ['1st-matcher', 'vip.flag', '']) {
      await assert.rejects(
        runner.runSchematic('matcher', { name }, aWorkspace()),
        /Invalid plugin name .*e\.g\. "vip-flag"/,
      );
    }
  });

  test('refuses an invalid vendor and an existing project', async () => {
    await assert.rejects(
      runner.runSchematic('matcher', { name: 'vip-flag', vendor: 'Acme Ltd' }, aWorkspace()),
      /Invalid vendor "Acme Ltd".*e\.g\. "acme"/,
    );
    const tree = await runner.runSchematic('matcher', { name: 'vip-flag' }, aWorkspace());
    await assert.rejects(
      runner.runSchematic('matcher', { name: 'vip-flag' }, tree),
      /already has a project "plugin-vip-flag"/,
    );
  });
});

describe('log-action', () => {
  test('writes a library with a log action, its input, options and spec', async () => {
    const tree = await runner.runSchematic(
      'log-action',
      { name: 'private-note', vendor: 'acme' },
      aWorkspace(),
    );
    const src = '/projects/plugin-private-note/src';
    assert.deepEqual(
      tree.files.filter((f) => f.startsWith(src)).sort(),
      [
        'index.ts',
        'private-note-input.ts',
        'private-note-log-action-options.ts',
        'private-note-log-action.spec.ts',
        'private-note-log-action.ts',
        'public-api.ts',
      ].map((f) => `${src}/${f}`),
    );
    assert.match(tree.readContent(`${src}/private-note-log-action.ts`), /'acme\.private-note'/);
    assert.match(
      tree.readContent(`${src}/private-note-log-action.spec.ts`),
      /describeLogActionContract\(/,
    );
  });

  test('prints the registration line with withLogActions', async () => {
    const logs = [];
    const subscription = runner.logger.subscribe((entry) => logs.push(entry.message));
    await runner.runSchematic('log-action', { name: 'private-note' }, aWorkspace());
    subscription.unsubscribe();
    assert.match(
      logs.join('\n'),
      /provideHaloPlugins\(withLogActions\(privateNoteLogAction\(\)\)\)/,
    );
  });
});

describe('outside an Angular workspace', () => {
  test('writes the library and leaves the folder otherwise as it is', async () => {
    const tree = await runner.runSchematic(
      'matcher',
      { name: 'vip-flag' },
      new UnitTestTree(new HostTree()),
    );
    assert.ok(tree.exists('/projects/plugin-vip-flag/src/vip-flag-matcher.ts'));
    assert.ok(!tree.exists('/angular.json'));
    assert.ok(!tree.exists('/tsconfig.json'));
  });
});
