import {
  apply,
  applyTemplates,
  chain,
  mergeWith,
  move,
  type Rule,
  SchematicsException,
  type Source,
  strings,
  url,
} from '@angular-devkit/schematics';
import { readWorkspace, updateWorkspace } from '@schematics/angular/utility';
import { posix } from 'node:path';
import { builtSdkPaths } from './built-sdk-paths';
import { addLibraryProject } from './library-project';
import { pluginNames } from './plugin-names';
import type { PluginKind, PluginOptions } from './plugin-options';
import { registrationMessage } from './registration-message';
import { rootTsconfigEntries } from './root-tsconfig-entries';
import { sdkRanges } from './sdk-package';

/** The workspace's project definitions file. */
const ANGULAR_JSON = 'angular.json';

/**
 * The rule behind both schematics: writes a plugin library (the files every library has, from
 * `library/files`, and the kind's own from `<kind>/files`), adds it to `angular.json` and the root
 * `tsconfig.json` when there is a workspace, and prints the registration line.
 *
 * @usageNotes
 * ```ts
 * export function matcher(options: PluginOptions): Rule {
 *   return pluginLibrary(options, 'matcher', url('./files'));
 * }
 * ```
 */
export function pluginLibrary(options: PluginOptions, kind: PluginKind, kindFiles: Source): Rule {
  return async (tree, context) => {
    const names = pluginNames(options, kind);
    const workspace = tree.exists(ANGULAR_JSON) ? await readWorkspace(tree) : null;
    if (workspace?.projects.has(names.project)) {
      throw new SchematicsException(
        `The workspace already has a project "${names.project}": choose another name, or give ` +
          `the new one with --project (e.g. --project ${names.project}-2).`,
      );
    }
    const newProjectRoot = String(workspace?.extensions['newProjectRoot'] ?? 'projects');
    const root = posix.normalize(options.path?.trim() || posix.join(newProjectRoot, names.project));
    if (root.startsWith('..') || posix.isAbsolute(root)) {
      throw new SchematicsException(
        `Invalid path "${options.path}": give a folder inside the workspace, e.g. ` +
          `"${posix.join(newProjectRoot, names.project)}".`,
      );
    }
    if (tree.getDir(root).subfiles.length + tree.getDir(root).subdirs.length > 0) {
      throw new SchematicsException(
        `${root} already exists and is not empty: choose another name, or another folder with ` +
          `--path.`,
      );
    }
    const toRoot =
      root
        .split('/')
        .map(() => '..')
        .join('/') + '/';
    const karmaConfig = tree.exists('karma.conf.js') ? 'karma.conf.js' : null;
    const templateOptions = {
      ...strings,
      ...names,
      ranges: sdkRanges(),
      toRoot,
      sdkPathLines: Object.entries(builtSdkPaths(tree, workspace, root))
        .map(([name, [path]]) => `      ${JSON.stringify(name)}: [${JSON.stringify(path)}]`)
        .join(',\n'),
    };
    const files = (source: Source) =>
      mergeWith(apply(source, [applyTemplates(templateOptions), move(root)]));
    return chain([
      files(url('../library/files')),
      files(kindFiles),
      workspace === null
        ? () => undefined
        : updateWorkspace((w) => addLibraryProject(w, names.project, root, karmaConfig)),
      workspace === null ? () => undefined : rootTsconfigEntries(names.packageName, root),
      () => context.logger.info(registrationMessage(names, kind, root, workspace !== null)),
    ]);
  };
}
