/** What a plugin is: a library with a matcher, or one with a log action. */
export type PluginKind = 'matcher' | 'log-action';

/**
 * The options of the `matcher` and `log-action` schematics (see their `schema.json`).
 *
 * @usageNotes
 * `ng generate @halo-outlook/sdk:matcher vip-flag --vendor acme` gives
 * `{ name: 'vip-flag', vendor: 'acme' }`.
 */
export interface PluginOptions {
  /** The plugin's name, lower case with dashes (`vip-flag`): the second part of its id. */
  readonly name: string;
  /** The first part of the plugin id `vendor.name`, e.g. your company (default `acme`). */
  readonly vendor?: string;
  /** The npm package name (default `@<vendor>/plugin-<name>`). */
  readonly packageName?: string;
  /** The workspace project to create (default `plugin-<name>`). */
  readonly project?: string;
  /** The library's folder, from the workspace root (default `<newProjectRoot>/<project>`). */
  readonly path?: string;
}
