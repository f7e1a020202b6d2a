import { type Rule, url } from '@angular-devkit/schematics';
import { pluginLibrary } from '../library/plugin-library';
import type { PluginOptions } from '../library/plugin-options';

/**
 * `ng generate @halo-outlook/sdk:matcher <name>`: a plugin library with a working matcher (it
 * proposes a tag when the subject says so), its spec (the sdk's contract suite and the matcher's
 * own behaviour), a README, and its project in `angular.json`.
 */
export function matcher(options: PluginOptions): Rule {
  return pluginLibrary(options, 'matcher', url('./files'));
}
