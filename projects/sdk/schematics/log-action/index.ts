import { type Rule, url } from '@angular-devkit/schematics';
import { pluginLibrary } from '../library/plugin-library';
import type { PluginOptions } from '../library/plugin-options';

/**
 * `ng generate @halo-outlook/sdk:log-action <name>`: a plugin library with a working log action
 * (it adds the e-mail to a ticket as a private note), its spec (the sdk's contract suite and the
 * action's own behaviour), a README, and its project in `angular.json`.
 */
export function logAction(options: PluginOptions): Rule {
  return pluginLibrary(options, 'log-action', url('./files'));
}
