// The generator's command line: parsed, checked, and normalised, each mistake explained.
import { parseArgs } from 'node:util';
import { isGuid } from './manifest-id.mjs';
import { isManifestVersion } from './manifest-version.mjs';

/** The generator's help text. */
export const USAGE = `Usage: npm run manifest -- --base-url <https URL> [options]

Writes an organisation's manifest.xml and latest.json for the add-in served at --base-url.

  --base-url <url>      where the add-in is served (required), e.g. https://addin.example.com
  --halo-url <url>      your Halo URL, preset for every user, e.g. https://example.halopsa.com
  --client-id <id>      the client id of your Halo API application, preset for every user
  --tenant <name>       your Halo tenant name (Halo-hosted instances that need it)
  --entra-client-id <id>    your Microsoft Entra app's Application (client) ID: turns on
                            the Microsoft features (docs/entra.md)
  --entra-authority <url>   the Entra authority (default: any work or school account,
                            https://login.microsoftonline.com/organizations)
  --graph-url <url>         Microsoft Graph (default https://graph.microsoft.com/v1.0)
  --name <text>         the add-in's display name (default: Halo for Outlook)
  --environment <name>  a separate add-in for an environment, e.g. Staging: its own Id and
                        "(Staging)" after the display name
  --id <guid>           the add-in's Id (default: the previous manifest's, else derived from
                        the base URL and environment)
  --version <a.b.c.d>   the version (default: manifest.xml's, bumped if --previous needs it)
  --previous <file>     the manifest deployed before: keeps its Id and enforces a greater
                        version when the content changed
  --app-domain <url>    another origin the pane may navigate to (repeatable)
  --out <folder>        where to write manifest.xml and latest.json (default: dist/manifest)
  --assets <folder>     the files served at --base-url, to check the icons
                        (default: projects/addin/public)
  --help                show this help`;

/** A mistake on the command line: its message says what to change. */
export class UsageError extends Error {}

/**
 * Parses and checks the generator's arguments.
 * @param {string[]} args the command-line arguments (without `node` and the script)
 * @returns {{ help: true } | {
 *   help: false, baseUrl: string, haloUrl?: string, clientId?: string, tenant?: string,
 *   entraClientId?: string, entraAuthority?: string, graphUrl?: string,
 *   name?: string, environment?: string, id?: string, version?: string, previous?: string,
 *   appDomains: string[], out: string, assets?: string }}
 */
export function parseGenerateOptions(args) {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        'base-url': { type: 'string' },
        'halo-url': { type: 'string' },
        'client-id': { type: 'string' },
        tenant: { type: 'string' },
        'entra-client-id': { type: 'string' },
        'entra-authority': { type: 'string' },
        'graph-url': { type: 'string' },
        name: { type: 'string' },
        environment: { type: 'string' },
        id: { type: 'string' },
        version: { type: 'string' },
        previous: { type: 'string' },
        'app-domain': { type: 'string', multiple: true, default: [] },
        out: { type: 'string', default: 'dist/manifest' },
        assets: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    throw new UsageError(error.message);
  }
  if (values.help) return { help: true };
  if (!values['base-url']) {
    throw new UsageError('--base-url is required: the https URL the add-in is served from.');
  }
  return {
    help: false,
    baseUrl: normalizeBaseUrl(values['base-url']),
    haloUrl: values['halo-url'] && normalizeHaloUrl(values['halo-url']),
    clientId:
      values['client-id'] &&
      checked(
        values['client-id'],
        '--client-id',
        /^[^\s"<>]{1,200}$/,
        'a client id has no spaces; copy it from the Halo API application',
      ),
    tenant:
      values.tenant &&
      checked(
        values.tenant,
        '--tenant',
        /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/,
        'use the tenant name Halo shows, e.g. example',
      ),
    entraClientId:
      values['entra-client-id'] &&
      checked(
        values['entra-client-id'],
        '--entra-client-id',
        /^[A-Za-z0-9._:-]{1,128}$/,
        'copy the Application (client) ID of your Entra app, e.g. 0f6b7a52-3c5e-4d0b-9a51-7c1f1c2e9d10',
      ),
    entraAuthority:
      values['entra-authority'] &&
      normalizeEntraUrl(values['entra-authority'], '--entra-authority'),
    graphUrl: values['graph-url'] && normalizeEntraUrl(values['graph-url'], '--graph-url'),
    name:
      values.name &&
      checked(
        values.name.trim(),
        '--name',
        /^[^<>]{1,100}$/,
        'use 1 to 100 characters, without < or >',
      ),
    environment:
      values.environment &&
      checked(
        values.environment.trim(),
        '--environment',
        /^[\w .-]{1,20}$/,
        'use 1 to 20 letters, digits, spaces, dots or dashes, e.g. Staging',
      ),
    id:
      values.id &&
      checked(
        values.id,
        '--id',
        { test: isGuid },
        'use a hyphenated GUID, e.g. 0f2b6a5e-3c1d-4e8f-9a7b-6c5d4e3f2a1b',
      ),
    version:
      values.version &&
      checked(
        values.version,
        '--version',
        { test: isManifestVersion },
        'use four numbers of at most five digits, e.g. 1.2.0.0',
      ),
    previous: values.previous,
    appDomains: values['app-domain'].map(normalizeAppDomain),
    out: values.out,
    assets: values.assets,
  };
}

/**
 * The base URL as the manifest uses it: https, no query or fragment, ending in `/`.
 * @param {string} value
 * @returns {string}
 */
export function normalizeBaseUrl(value) {
  const url = parseUrl(value, '--base-url');
  if (url.search || url.hash) {
    throw new UsageError(`--base-url ${value} must not have a query or fragment.`);
  }
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

function normalizeHaloUrl(value) {
  const url = parseUrl(value, '--halo-url');
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

function normalizeEntraUrl(value, option) {
  const url = parseUrl(value, option);
  if (url.search || url.hash) {
    throw new UsageError(`${option} ${value} must not have a query or fragment.`);
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

function normalizeAppDomain(value) {
  const url = parseUrl(value, '--app-domain');
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new UsageError(`--app-domain ${value} must be an origin (https://host[:port]), no path.`);
  }
  return url.origin;
}

function parseUrl(value, option) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(
      `${option} ${value} is not a URL: write it in full, e.g. https://${value}`,
    );
  }
  if (url.protocol !== 'https:') {
    throw new UsageError(
      `${option} ${value} must use https:// (Office loads add-ins only over HTTPS).`,
    );
  }
  if (url.username || url.password) {
    throw new UsageError(`${option} ${value} must not contain a user name or password.`);
  }
  return url;
}

function checked(value, option, pattern, advice) {
  if (!pattern.test(value)) throw new UsageError(`${option} "${value}" is not valid: ${advice}.`);
  return value;
}
