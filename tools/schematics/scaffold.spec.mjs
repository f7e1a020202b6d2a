// End to end: in a temporary Angular workspace, `ng generate @halo-outlook/sdk:matcher` and
// `ng generate @halo-outlook/sdk:log-action` scaffold plugin libraries that build with
// ng-packagr (`ng build`) and pass their generated specs in headless Chromium (`ng test`).
// Needs the built packages (npm run build, or see assertBuilt). Run: npm run test:schematics
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createTempWorkspace, ng, removeTempWorkspace } from './temp-workspace.mjs';

/** The plugins scaffolded: the schematic, the name given, and what the library exports. */
const PLUGINS = [
  { schematic: 'matcher', name: 'vip-flag', factory: 'vipFlagMatcher', feature: 'withMatchers' },
  {
    schematic: 'log-action',
    name: 'private-note',
    factory: 'privateNoteLogAction',
    feature: 'withLogActions',
  },
];

let workspace;
before(() => (workspace = createTempWorkspace()));
after(() => removeTempWorkspace(workspace));

for (const plugin of PLUGINS) {
  const project = `plugin-${plugin.name}`;
  const fail = (step, result) => `${step} exited with ${result.code}:\n${result.output}`;

  describe(`ng generate @halo-outlook/sdk:${plugin.schematic} ${plugin.name}`, () => {
    test('writes the library, adds its project and prints the registration line', async () => {
      const result = await ng(workspace, [
        'generate',
        `@halo-outlook/sdk:${plugin.schematic}`,
        plugin.name,
        '--vendor=acme',
        '--interactive=false',
      ]);
      assert.equal(result.code, 0, fail('ng generate', result));
      assert.match(
        result.output,
        new RegExp(`provideHaloPlugins\\(${plugin.feature}\\(${plugin.factory}\\(\\)\\)\\)`),
      );
      const root = join(workspace, 'projects', project);
      for (const file of ['package.json', 'ng-package.json', 'README.md', 'src/public-api.ts']) {
        assert.ok(existsSync(join(root, file)), `${file} was written`);
      }
      const spec = readFileSync(
        join(root, 'src', `${plugin.name}-${plugin.schematic}.spec.ts`),
        'utf8',
      );
      assert.match(
        spec,
        plugin.schematic === 'matcher'
          ? /describeMatcherContract\(/
          : /describeLogActionContract\(/,
      );
      const angularJson = JSON.parse(readFileSync(join(workspace, 'angular.json'), 'utf8'));
      assert.equal(
        angularJson.projects[project]?.architect?.build?.builder,
        '@angular/build:ng-packagr',
      );
      assert.equal(angularJson.projects[project]?.architect?.test?.builder, '@angular/build:karma');
    });

    test('builds with ng-packagr', async () => {
      const result = await ng(workspace, ['build', project]);
      assert.equal(result.code, 0, fail('ng build', result));
      const built = JSON.parse(
        readFileSync(join(workspace, 'dist', project, 'package.json'), 'utf8'),
      );
      assert.equal(built.name, `@acme/plugin-${plugin.name}`);
      assert.ok(built.peerDependencies['@halo-outlook/sdk'], 'peer dependency on the sdk');
      const bundle = join(workspace, 'dist', project, 'fesm2022', `acme-plugin-${plugin.name}.mjs`);
      assert.match(readFileSync(bundle, 'utf8'), new RegExp(`function ${plugin.factory}\\(`));
    });

    test('passes its generated spec, contract suite included, in headless Chromium', async () => {
      const result = await ng(
        workspace,
        ['test', project, '--no-watch', '--no-progress', '--browsers=ChromeHeadlessCI'],
        { KARMA_PROJECT: project },
      );
      assert.equal(result.code, 0, fail('ng test', result));
      const counts = new RegExp(`^${project}: (\\d+) passed, (\\d+) failed`, 'm').exec(
        result.output,
      );
      assert.ok(counts, `a spec count in:\n${result.output}`);
      assert.equal(Number(counts[2]), 0, 'no spec failed');
      // More than the plugin's own two behaviour specs: the contract suite ran too.
      assert.ok(Number(counts[1]) > 2, `specs passed: ${counts[1]}`);
    });
  });
}
