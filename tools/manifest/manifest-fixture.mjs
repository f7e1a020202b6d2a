// For the specs: the project's manifest.xml, and edits of it that break one rule each.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The project's manifest.xml, as text. */
export const PROJECT_MANIFEST = readFileSync(
  fileURLToPath(new URL('../../manifest.xml', import.meta.url)),
  'utf8',
);

/** The app's public assets, where the project's manifest's icons are. */
export const PUBLIC_ASSETS = fileURLToPath(new URL('../../projects/addin/public', import.meta.url));

/**
 * The project's manifest with `search` replaced by `replacement` (which must occur).
 * @param {string | RegExp} search
 * @param {string} replacement
 * @returns {string}
 */
export function editedManifest(search, replacement) {
  const edited = PROJECT_MANIFEST.replace(search, replacement);
  if (edited === PROJECT_MANIFEST) throw new Error(`The fixture edit found no ${search}.`);
  return edited;
}
