import { isValidPluginId } from '../contracts/plugin-id';
import type { PluginRegistration } from './plugin-registration';

/** What the registry checks of every plugin, whatever its kind. */
interface PluginShape {
  readonly id: string;
  readonly priority?: number;
}

/**
 * Checks the registrations of one kind of plugin and returns every plugin, in registration
 * order. Throws an `Error` a plugin author can act on when an id is malformed or used twice (the
 * message names both registrations) or when `checkShape` reports a problem.
 *
 * @param noun what the plugins are, for messages (`matcher`, `log action`).
 * @param feature the feature that registers them, for messages (`withMatchers`).
 * @param checkShape returns a problem with the plugin's other members, or null.
 */
export function checkPlugins<T extends PluginShape>(
  registrations: readonly PluginRegistration<T>[],
  noun: string,
  feature: string,
  checkShape: (plugin: T) => string | null,
): T[] {
  const seen = new Map<string, string>();
  const all: T[] = [];
  registrations.forEach((registration, r) => {
    registration.plugins.forEach((plugin, p) => {
      const where = `${feature}() call ${r + 1}, position ${p + 1}`;
      const id: unknown = plugin?.id;
      if (!isValidPluginId(id)) {
        throw new Error(
          `The ${noun} at ${where} has the id ${JSON.stringify(id)}; ids are "vendor.name" in ` +
            `lower case (letters, digits, dashes), for example "acme.vip-flag".`,
        );
      }
      const earlier = seen.get(id);
      if (earlier !== undefined) {
        throw new Error(
          `Two ${noun}s are registered with the id "${id}": ${earlier} and ${where}. ` +
            `Register each ${noun} once, and give your own ${noun}s ids of your own vendor.`,
        );
      }
      const priority = plugin.priority;
      if (priority !== undefined && !Number.isFinite(priority)) {
        throw new Error(`The ${noun} "${id}" has a priority that is not a finite number.`);
      }
      const problem = checkShape(plugin);
      if (problem !== null) throw new Error(`The ${noun} "${id}" ${problem}.`);
      seen.set(id, where);
      all.push(plugin);
    });
  });
  return all;
}
