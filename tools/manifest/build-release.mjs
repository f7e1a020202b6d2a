// An organisation's release: its manifest, rendered from the project's, with the version policy
// applied against the manifest deployed before, and the latest.json that describes it.
import { deriveManifestId } from './manifest-id.mjs';
import { chooseVersion } from './manifest-version.mjs';
import { releaseInfo } from './release-info.mjs';
import { renderManifest } from './render-manifest.mjs';

/**
 * Whether two manifests differ in anything but their <Version> (and layout whitespace).
 * @param {string} a
 * @param {string} b
 * @returns {boolean}
 */
export function contentChanged(a, b) {
  const content = (xml) =>
    xml
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<Version>[^<]*<\/Version>/, '')
      .replace(/>\s+</g, '><')
      .trim();
  return content(a) !== content(b);
}

/**
 * Builds the release for the options given.
 * @param {string} template the project's manifest.xml
 * @param {object} options the generator's options (see generate-options.mjs)
 * @param {{ previous?: string, builtAt: Date }} context the previously deployed manifest, if any
 * @returns {{ xml: string, info: object, note: string }}
 */
export function buildRelease(template, options, { previous, builtAt }) {
  const projectId = /<Id>([^<]*)<\/Id>/.exec(template)[1];
  const previousId = previous && /<Id>([^<]*)<\/Id>/.exec(previous)?.[1];
  const previousVersion = previous && /<Version>([^<]*)<\/Version>/.exec(previous)?.[1];
  if (previous && (!previousId || !previousVersion)) {
    throw new Error('The --previous file is not an add-in manifest (no <Id> or <Version>).');
  }
  const id =
    options.id ?? previousId ?? deriveManifestId(projectId, options.baseUrl, options.environment);
  const candidate = options.version ?? /<Version>([^<]*)<\/Version>/.exec(template)[1];

  const draft = renderManifest(template, { ...options, id, version: candidate });
  const { version, note } = chooseVersion({
    candidate,
    explicit: options.version !== undefined,
    previous: previousVersion,
    changed: previous !== undefined && contentChanged(draft, previous),
  });
  const xml = version === candidate ? draft : renderManifest(template, { ...options, id, version });
  return { xml, info: releaseInfo(xml, options.baseUrl, builtAt), note };
}
