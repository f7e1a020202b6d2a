import type { Rule } from '@angular-devkit/schematics';
import { JSONFile } from '@schematics/angular/utility/json-file';
import { posix } from 'node:path';

/** The root TypeScript configuration of an Angular workspace. */
const ROOT_TSCONFIG = 'tsconfig.json';

/**
 * Keeps the workspace's root `tsconfig.json` in step with the new library, the way the workspace
 * already uses it: when it maps its own packages (`compilerOptions.paths`), the plugin's package
 * is mapped to its sources, so the app can import it before it is published; when it lists
 * project references, the library's two configurations are added. A workspace that does neither
 * is left as it is.
 *
 * @usageNotes
 * `rootTsconfigEntries('@acme/plugin-vip-flag', 'projects/plugin-vip-flag')`.
 */
export function rootTsconfigEntries(packageName: string, root: string): Rule {
  return (tree, context) => {
    if (!tree.exists(ROOT_TSCONFIG)) return;
    let json: JSONFile;
    try {
      json = new JSONFile(tree, ROOT_TSCONFIG);
      json.get([]);
    } catch {
      context.logger.warn(`${ROOT_TSCONFIG} could not be read: it was left unchanged.`);
      return;
    }
    const paths = json.get(['compilerOptions', 'paths']);
    if (typeof paths === 'object' && paths !== null && !(packageName in paths)) {
      json.modify(['compilerOptions', 'paths', packageName], [`./${root}/src/index.ts`]);
    }
    const references = json.get(['references']);
    if (Array.isArray(references)) {
      const listed = new Set(references.map((r: { path?: unknown }) => r?.path));
      const added = ['tsconfig.lib.json', 'tsconfig.spec.json']
        .map((name) => `./${posix.join(root, name)}`)
        .filter((path) => !listed.has(path));
      if (added.length > 0) {
        json.modify(['references'], [...references, ...added.map((path) => ({ path }))]);
      }
    }
  };
}
