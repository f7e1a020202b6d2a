import { SchematicsException, strings } from '@angular-devkit/schematics';
import type { PluginKind, PluginOptions } from './plugin-options';

/** A plugin name: lower case letters, digits and dashes, starting with a letter. */
const NAME_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** A vendor: one or more dot-separated parts of lower case letters, digits and dashes. */
const VENDOR_PATTERN = /^[a-z0-9][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)*$/;

/** An npm package name, optionally scoped. */
const PACKAGE_PATTERN = /^(@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;

/** The vendor used when none is given. */
export const DEFAULT_VENDOR = 'acme';

/** Every name a scaffolded plugin uses, derived once from the options and checked. */
export interface PluginNames {
  /** The plugin's name, dasherized: `vip-flag`. */
  readonly name: string;
  /** The vendor: `acme`. */
  readonly vendor: string;
  /** Whether the vendor is the default one (the schematic then says how to choose yours). */
  readonly defaultVendor: boolean;
  /** The plugin id, `vendor.name`: `acme.vip-flag`. */
  readonly pluginId: string;
  /** The npm package: `@acme/plugin-vip-flag`. */
  readonly packageName: string;
  /** The workspace project: `plugin-vip-flag`. */
  readonly project: string;
  /** The factory function the library exports: `vipFlagMatcher`, `vipFlagLogAction`. */
  readonly factoryName: string;
  /** Its file name without extension: `vip-flag-matcher`, `vip-flag-log-action`. */
  readonly fileName: string;
  /** The options type of the factory: `VipFlagMatcherOptions`. */
  readonly optionsName: string;
  /** A log action's input type: `PrivateNoteInput`. */
  readonly inputName: string;
  /** A label for people: `Vip flag`. */
  readonly title: string;
}

/**
 * Checks the options of a plugin schematic and derives every name of the plugin from them.
 * Throws a `SchematicsException` that shows a valid value when one is not.
 *
 * @usageNotes
 * `pluginNames({ name: 'VipFlag', vendor: 'acme' }, 'matcher').pluginId` → `'acme.vip-flag'`.
 */
export function pluginNames(options: PluginOptions, kind: PluginKind): PluginNames {
  const given = String(options.name ?? '').trim();
  const name = strings.dasherize(given).replace(/^plugin-/, '');
  if (!NAME_PATTERN.test(name)) {
    throw new SchematicsException(
      `Invalid plugin name "${given}": use lower case letters, digits and dashes, starting ` +
        `with a letter, e.g. "vip-flag" (it becomes the id acme.vip-flag and the package ` +
        `@acme/plugin-vip-flag).`,
    );
  }
  const vendor = (options.vendor ?? DEFAULT_VENDOR).trim();
  if (!VENDOR_PATTERN.test(vendor)) {
    throw new SchematicsException(
      `Invalid vendor "${vendor}": use lower case letters, digits and dashes, e.g. "acme" or ` +
        `"acme.crm" (it becomes the first part of the plugin id, acme.${name}).`,
    );
  }
  const packageName =
    options.packageName?.trim() || `@${vendor.replace(/\./g, '-')}/plugin-${name}`;
  if (!PACKAGE_PATTERN.test(packageName)) {
    throw new SchematicsException(
      `Invalid package name "${packageName}": use an npm package name such as ` +
        `"@acme/plugin-${name}" (lower case, an optional @scope/).`,
    );
  }
  const project = options.project?.trim() || `plugin-${name}`;
  if (!/^[a-z][a-z0-9-]*$/i.test(project)) {
    throw new SchematicsException(
      `Invalid project name "${project}": use letters, digits and dashes, e.g. "plugin-${name}".`,
    );
  }
  const suffix = kind === 'matcher' ? 'matcher' : 'log-action';
  return {
    name,
    vendor,
    defaultVendor: options.vendor === undefined,
    pluginId: `${vendor}.${name}`,
    packageName,
    project,
    factoryName: strings.camelize(`${name}-${suffix}`),
    fileName: `${name}-${suffix}`,
    optionsName: strings.classify(`${name}-${suffix}-options`),
    inputName: strings.classify(`${name}-input`),
    title: strings.capitalize(name.replace(/-/g, ' ')),
  };
}
