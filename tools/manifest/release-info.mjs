// latest.json: what a deployment serves about its current release, for admins and monitoring.
import { unescapeXml } from './xml-escape.mjs';

/**
 * The release described by a generated manifest, as written to latest.json.
 * @param {string} xml the generated manifest
 * @param {string} baseUrl where the add-in (and the manifest beside it) is served, ending in `/`
 * @param {Date} builtAt when the manifest was generated
 * @returns {{ name: string, id: string, version: string, manifestUrl: string, builtAt: string }}
 */
export function releaseInfo(xml, baseUrl, builtAt) {
  const read = (pattern) => unescapeXml(pattern.exec(xml)?.[1] ?? '');
  return {
    name: read(/<DisplayName DefaultValue="([^"]*)"/),
    id: read(/<Id>([^<]*)<\/Id>/),
    version: read(/<Version>([^<]*)<\/Version>/),
    manifestUrl: new URL('manifest.xml', baseUrl).href,
    builtAt: builtAt.toISOString(),
  };
}
