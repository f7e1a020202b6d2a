import type { PluginKind } from './plugin-options';
import type { PluginNames } from './plugin-names';

/**
 * What the schematic prints once the library is written: the registration line for the injector
 * the app runs plugins in, and how to build and test the plugin.
 *
 * @usageNotes
 * For a matcher: `… provideHaloPlugins(withMatchers(vipFlagMatcher())) …`.
 */
export function registrationMessage(
  names: PluginNames,
  kind: PluginKind,
  root: string,
  inWorkspace: boolean,
): string {
  const feature = kind === 'matcher' ? 'withMatchers' : 'withLogActions';
  const lines = [
    `Created the plugin ${names.pluginId} (${names.packageName}) in ${root}.`,
    '',
    'Register it once, where the app registers its plugins (in Halo for Outlook,',
    "providePanePlugins() in the pane runtime; else the app's root providers):",
    '',
    `  import { ${names.factoryName} } from '${names.packageName}';`,
    `  provideHaloPlugins(${feature}(${names.factoryName}()))`,
    '',
  ];
  if (inWorkspace) {
    lines.push(
      'Build it with ng-packagr and run its specs:',
      '',
      `  ng build ${names.project}`,
      `  ng test ${names.project} --no-watch`,
      '',
    );
  } else {
    lines.push('No angular.json here: add the library to an Angular workspace to build it.', '');
  }
  if (names.defaultVendor) {
    lines.push(
      `Its id uses the example vendor "${names.vendor}": generate it with --vendor <your-company>`,
      'to use yours (ids are vendor.name and must be unique).',
      '',
    );
  }
  return lines.join('\n');
}
