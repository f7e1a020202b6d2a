// The manifest version policy. Microsoft 365 updates a deployed add-in only when the uploaded
// manifest has a strictly greater <Version>, so a manifest whose content changed must carry a
// greater version than the one deployed before; an unchanged manifest keeps its version.

const VERSION = /^\d{1,5}(\.\d{1,5}){3}$/;

/**
 * Whether a string is a version Office accepts in our manifests: four numeric parts of at most
 * five digits each (for example `1.2.0.0`).
 * @param {string} version
 * @returns {boolean}
 */
export function isManifestVersion(version) {
  return VERSION.test(version);
}

/**
 * Compares two four-part versions: negative when `a` is lower, 0 when equal, positive when greater.
 * @param {string} a
 * @param {string} b
 * @returns {number}
 */
export function compareVersions(a, b) {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 4; i++) {
    if (pa[i] !== pb[i]) return pa[i] - pb[i];
  }
  return 0;
}

/**
 * The next version after `version`: its last part plus one (`1.2.0.3` → `1.2.0.4`).
 * @param {string} version
 * @returns {string}
 */
export function bumpVersion(version) {
  const parts = version.split('.').map(Number);
  if (parts[3] >= 99999) {
    throw new Error(
      `Cannot bump ${version}: its last part is already 99999. Pass a greater --version, ` +
        `for example ${parts[0]}.${parts[1]}.${parts[2] + 1}.0.`,
    );
  }
  parts[3] += 1;
  return parts.join('.');
}

/**
 * Chooses the version of a generated manifest.
 *
 * - With no previous manifest: the candidate.
 * - Content unchanged since the previous manifest: the previous version (nothing to re-deploy).
 * - Content changed: the candidate when it is greater than the previous version; otherwise, when
 *   the candidate was given explicitly, an error (admins would not receive the update); when it
 *   was not, the previous version bumped.
 * @param {{ candidate: string, explicit: boolean, previous?: string, changed?: boolean }} input
 * @returns {{ version: string, note: string }}
 */
export function chooseVersion({ candidate, explicit, previous, changed }) {
  if (previous === undefined) return { version: candidate, note: `version ${candidate}` };
  if (!changed) {
    return {
      version: previous,
      note: `unchanged since version ${previous}: nothing to re-deploy`,
    };
  }
  if (compareVersions(candidate, previous) > 0) {
    return { version: candidate, note: `version ${candidate} (previous ${previous})` };
  }
  if (explicit) {
    throw new Error(
      `--version ${candidate} is not greater than the previously deployed version ${previous}, ` +
        'and the manifest changed: Microsoft 365 would not update the add-in. ' +
        'Pass a greater --version, or leave --version out to bump the previous one.',
    );
  }
  const version = bumpVersion(previous);
  return { version, note: `version ${version} (bumped from ${previous}: the content changed)` };
}
