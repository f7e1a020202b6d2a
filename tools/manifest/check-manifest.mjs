// The manifest rules Office applies that Microsoft's XSDs cannot express.

/**
 * Returns the problems found in a manifest's XML text, each as a sentence saying what to fix;
 * an empty list means the manifest passes.
 * @param {string} xml
 * @returns {string[]}
 */
export function checkManifest(xml) {
  const problems = [];
  const version = /<Version>([^<]*)<\/Version>/.exec(xml)?.[1]?.trim();
  if (!version || !/^\d{1,5}(\.\d{1,5}){3}$/.test(version)) {
    problems.push(`Version "${version ?? ''}" must have four numeric parts (for example 1.2.0.0).`);
  }
  for (const [, url] of xml.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]*)"/g)) {
    if (!url.startsWith('https://'))
      problems.push(`${url} must use https:// (Office loads nothing over http).`);
  }
  for (const [, url] of xml.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)) {
    if (!/^https:\/\/[^/]+$/.test(url.trim())) {
      problems.push(
        `AppDomain ${url} must be https://host[:port], with no path or trailing slash.`,
      );
    }
  }
  const defined = new Set(
    [...xml.matchAll(/<bt:(?:Image|Url|String)\s+id="([^"]+)"/g)].map((m) => m[1]),
  );
  for (const [, resid] of xml.matchAll(/resid="([^"]+)"/g)) {
    if (!defined.has(resid))
      problems.push(`resid "${resid}" is used but not defined under <Resources>.`);
    if (resid.length > 32) problems.push(`resid "${resid}" is longer than 32 characters.`);
  }
  return problems;
}
