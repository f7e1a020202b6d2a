/**
 * The shape of a plugin id: `vendor.name`, lower case, at least two dot-separated parts of
 * letters, digits and dashes (`halo.contact-by-email`, `acme.crm.vip-flag`).
 */
export const PLUGIN_ID_PATTERN = /^[a-z0-9][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)+$/;

/**
 * Returns true when `id` has the `vendor.name` shape every matcher and log action id must have.
 *
 * @usageNotes
 * `isValidPluginId('acme.vip-flag')` → `true`; `isValidPluginId('VipFlag')` → `false`.
 */
export function isValidPluginId(id: unknown): id is string {
  return typeof id === 'string' && PLUGIN_ID_PATTERN.test(id);
}
