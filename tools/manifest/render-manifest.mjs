// Renders an organisation's manifest from the project's manifest.xml: its host in every URL, its
// managed settings in the pane's start URL, its own Id, name and version.
import { manifestBaseUrl } from './check-icons.mjs';
import { escapeXml } from './xml-escape.mjs';

/** The page the task pane opens, relative to the base URL. */
export const PANE_PAGE = 'index.html';

/** The start-URL query parameters the add-in reads its organisation-managed settings from. */
export const SETTINGS_PARAMETERS = {
  haloUrl: 'haloUrl',
  clientId: 'clientId',
  tenant: 'tenant',
  entraClientId: 'entraClientId',
  entraAuthority: 'entraAuthority',
  graphUrl: 'graphUrl',
};

/**
 * @typedef {object} ManifestOptions
 * @property {string} baseUrl where the add-in is served, ending in `/` (see `normalizeBaseUrl`)
 * @property {string} id the add-in's GUID
 * @property {string} version the four-part version
 * @property {string} [haloUrl] the organisation's Halo URL, preset for every user
 * @property {string} [clientId] the Halo API application's client id, preset for every user
 * @property {string} [tenant] the Halo tenant name (Halo-hosted instances), preset for every user
 * @property {string} [entraClientId] the organisation's Microsoft Entra app (docs/entra.md)
 * @property {string} [entraAuthority] the Entra authority, when not the default
 * @property {string} [graphUrl] Microsoft Graph, when not the default
 * @property {string} [name] the display name, replacing the default and its translations
 * @property {string} [environment] a label appended to the display name, e.g. `Staging`
 * @property {string[]} [appDomains] extra origins the pane may navigate to (AppDomains)
 */

/**
 * The pane's start URL: the base URL's `index.html`, with the managed settings in its query.
 * @param {Pick<ManifestOptions, 'baseUrl' | 'haloUrl' | 'clientId' | 'tenant' | 'entraClientId' | 'entraAuthority' | 'graphUrl'>} options
 * @returns {string}
 */
export function paneUrl({
  baseUrl,
  haloUrl,
  clientId,
  tenant,
  entraClientId,
  entraAuthority,
  graphUrl,
}) {
  const url = new URL(PANE_PAGE, baseUrl);
  const settings = { haloUrl, clientId, tenant, entraClientId, entraAuthority, graphUrl };
  for (const [key, parameter] of Object.entries(SETTINGS_PARAMETERS)) {
    if (settings[key]) url.searchParams.set(parameter, settings[key]);
  }
  return url.href;
}

/**
 * Renders a manifest from the template (the project's manifest.xml, whose URLs all start with its
 * development base URL). The result is XML text; every inserted value is XML-escaped.
 * @param {string} template
 * @param {ManifestOptions} options
 * @returns {string}
 */
export function renderManifest(template, options) {
  const templateBase = manifestBaseUrl(template);
  if (!templateBase) throw new Error('The template manifest has no <SourceLocation>.');
  const pane = escapeXml(paneUrl(options));
  const templatePane = escapeXml(new URL(PANE_PAGE, templateBase).href);

  let xml = template
    .replace(/^<!--[\s\S]*?-->\n/m, '')
    .replaceAll(`"${templatePane}"`, `"${pane}"`)
    .replaceAll(`"${escapeXml(templateBase)}`, `"${escapeXml(options.baseUrl)}`)
    .replace(/<Id>[^<]*<\/Id>/, `<Id>${escapeXml(options.id)}</Id>`)
    .replace(/<Version>[^<]*<\/Version>/, `<Version>${escapeXml(options.version)}</Version>`);
  xml = renameDisplayName(xml, options);
  return addAppDomains(xml, options);
}

/** Applies `name` (replacing the name and its translations) and `environment` (a suffix). */
function renameDisplayName(xml, { name, environment }) {
  const suffix = environment ? ` (${environment})` : '';
  return xml.replace(
    /<DisplayName DefaultValue="([^"]*)"(?:\/>|>([\s\S]*?)<\/DisplayName>)/,
    (whole, defaultValue, overrides = '') => {
      if (name) return `<DisplayName DefaultValue="${escapeXml(name + suffix)}"/>`;
      if (!suffix) return whole;
      const translated = overrides.replace(
        /Value="([^"]*)"/g,
        (__, value) => `Value="${value}${escapeXml(suffix)}"`,
      );
      const open = `<DisplayName DefaultValue="${defaultValue}${escapeXml(suffix)}"`;
      return overrides ? `${open}>${translated}</DisplayName>` : `${open}/>`;
    },
  );
}

/** Adds the Halo origin and any extra origins to <AppDomains>, once each. */
function addAppDomains(xml, { haloUrl, appDomains = [] }) {
  const existing = new Set([...xml.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)].map((m) => m[1]));
  const wanted = [...(haloUrl ? [new URL(haloUrl).origin] : []), ...appDomains].filter(
    (domain, i, all) => !existing.has(domain) && all.indexOf(domain) === i,
  );
  if (wanted.length === 0) return xml;
  const lines = wanted
    .map((domain) => `    <AppDomain>${escapeXml(domain)}</AppDomain>\n`)
    .join('');
  return xml.replace(/([ \t]*)<\/AppDomains>/, `${lines}$1</AppDomains>`);
}
