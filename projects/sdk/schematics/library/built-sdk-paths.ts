import type { Tree } from '@angular-devkit/schematics';
import { posix } from 'node:path';
import type { workspaces } from '@angular-devkit/core';

/** The packages a plugin compiles against, when the workspace builds them itself. */
const SDK_PACKAGES = ['@halo-outlook/core', '@halo-outlook/halo', '@halo-outlook/sdk'];

/**
 * For a workspace that builds the sdk itself (as the Halo for Outlook repository does), the
 * `paths` a plugin's `tsconfig.lib.json` needs so its build compiles against the built packages
 * (`dist/…`), as an installed sdk would be; `{}` for a workspace that installs the sdk from npm.
 * A package counts as built here when a project's `package.json` names it and its
 * `ng-package.json` says where it is built.
 *
 * @usageNotes
 * From `projects/plugin-vip-flag` in the repository:
 * `{ '@halo-outlook/sdk': ['../../dist/sdk'], … }`.
 */
export function builtSdkPaths(
  tree: Tree,
  workspace: workspaces.WorkspaceDefinition | null,
  libraryPath: string,
): Record<string, string[]> {
  const paths: Record<string, string[]> = {};
  for (const project of workspace?.projects.values() ?? []) {
    const name = readJson(tree, posix.join(project.root, 'package.json'))?.['name'];
    const dest = readJson(tree, posix.join(project.root, 'ng-package.json'))?.['dest'];
    if (typeof name !== 'string' || !SDK_PACKAGES.includes(name) || typeof dest !== 'string') {
      continue;
    }
    const built = posix.normalize(posix.join(project.root, dest));
    paths[name] = [posix.relative(libraryPath, built)];
  }
  return paths;
}

function readJson(tree: Tree, path: string): Record<string, unknown> | null {
  if (!tree.exists(path)) return null;
  try {
    return JSON.parse(tree.readText(path)) as Record<string, unknown>;
  } catch {
    return null;
  }
}
