import type { workspaces } from '@angular-devkit/core';
import { posix } from 'node:path';

/**
 * Adds the plugin library to `angular.json`: a library project whose `build` target runs
 * ng-packagr and whose `test` target runs Karma (with the workspace's `karma.conf.js` when it has
 * one), so `ng build <project>` and `ng test <project>` work.
 *
 * @usageNotes
 * `addLibraryProject(workspace, 'plugin-vip-flag', 'projects/plugin-vip-flag', 'karma.conf.js')`.
 */
export function addLibraryProject(
  workspace: workspaces.WorkspaceDefinition,
  project: string,
  root: string,
  karmaConfig: string | null,
): void {
  const file = (name: string) => posix.join(root, name);
  workspace.projects.add({
    name: project,
    projectType: 'library',
    root,
    sourceRoot: file('src'),
    targets: {
      build: {
        builder: '@angular/build:ng-packagr',
        defaultConfiguration: 'production',
        configurations: {
          production: { tsConfig: file('tsconfig.lib.prod.json') },
          development: { tsConfig: file('tsconfig.lib.json') },
        },
      },
      test: {
        builder: '@angular/build:karma',
        options: {
          tsConfig: file('tsconfig.spec.json'),
          ...(karmaConfig === null ? {} : { karmaConfig }),
        },
      },
    },
  });
}
