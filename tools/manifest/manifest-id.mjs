// The add-in's Id for an organisation's manifest: stable, so regenerating it updates the same
// add-in, and distinct per host and environment, so a staging add-in never replaces production.
import { createHash } from 'node:crypto';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether a string is a hyphenated GUID, the form Office requires for <Id>.
 * @param {string} id
 * @returns {boolean}
 */
export function isGuid(id) {
  return GUID.test(id);
}

/**
 * A GUID derived from the project's Id, the base URL and the environment (a name-based UUID,
 * version 5 layout over SHA-1): the same inputs always give the same Id.
 * @param {string} projectId the Id of the project's manifest.xml
 * @param {string} baseUrl
 * @param {string} [environment]
 * @returns {string}
 */
export function deriveManifestId(projectId, baseUrl, environment = '') {
  const hash = createHash('sha1')
    .update(`${projectId.toLowerCase()}\n${baseUrl}\n${environment.trim().toLowerCase()}`)
    .digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
