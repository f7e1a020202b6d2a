// The manifest rules Office applies that Microsoft's XSDs cannot express.
import { isManifestVersion } from './manifest-version.mjs';
import { unescapeXml } from './xml-escape.mjs';

/** Office refuses to install a manifest larger than this. */
const MAX_BYTES = 256 * 1024;

/**
 * Returns the problems found in a manifest's XML text, each as a sentence saying what to fix;
 * an empty list means the manifest passes.
 * @param {string} xml
 * @returns {string[]}
 */
export function checkManifest(xml) {
  const problems = [];
  const version = /<Version>([^<]*)<\/Version>/.exec(xml)?.[1]?.trim();
  if (!version || !isManifestVersion(version)) {
    problems.push(
      `Version "${version ?? ''}" must have four numeric parts of at most five digits ` +
        '(for example 1.2.0.0).',
    );
  }
  for (const [, raw] of xml.matchAll(/\b(?:DefaultValue|Value)="([a-z][a-z0-9+.-]*:[^"]*)"/gi)) {
    const url = unescapeXml(raw);
    if (!url.startsWith('https://')) {
      problems.push(
        `${url} must use https:// (Office loads add-in pages and images only over HTTPS).`,
      );
    }
  }
  for (const [, domain] of xml.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)) {
    if (!/^https:\/\/[^/?#*\s]+$/.test(domain.trim())) {
      problems.push(
        `AppDomain ${domain} must be https://host[:port], with no path, wildcard or trailing slash.`,
      );
    }
  }
  for (const [, raw] of xml.matchAll(/<SourceLocation\s+DefaultValue="([^"]*)"/g)) {
    const url = unescapeXml(raw);
    if (url.length > 2018) {
      problems.push(`SourceLocation is ${url.length} characters long; Office allows at most 2018.`);
    }
  }
  for (const [, id, raw] of xml.matchAll(/<bt:Url\s+id="([^"]*)"\s+DefaultValue="([^"]*)"/g)) {
    const url = unescapeXml(raw);
    if (url.length > 2048) {
      problems.push(`bt:Url "${id}" is ${url.length} characters long; Office allows at most 2048.`);
    }
  }
  const defined = new Set(
    [...xml.matchAll(/<bt:(?:Image|Url|String)\s+id="([^"]+)"/g)].map((m) => m[1]),
  );
  for (const [, resid] of xml.matchAll(/resid="([^"]+)"/g)) {
    if (!defined.has(resid)) {
      problems.push(`resid "${resid}" is used but not defined under <Resources>.`);
    }
    if (resid.length > 32) problems.push(`resid "${resid}" is longer than 32 characters.`);
  }
  const bytes = Buffer.byteLength(xml, 'utf8');
  if (bytes > MAX_BYTES) {
    problems.push(`The manifest is ${bytes} bytes; Office refuses manifests over ${MAX_BYTES}.`);
  }
  return problems;
}
