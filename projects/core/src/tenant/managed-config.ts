import { ManagedConfig, ManagedConfigSource, ManagedField } from './tenant-config';

const FIELDS: readonly ManagedField[] = ['haloUrl', 'clientId', 'tenant'];

type Partial3 = Partial<Record<ManagedField, string>>;

/**
 * Reads the settings an organisation's manifest put on the add-in's start URL: the query
 * parameters `haloUrl`, `clientId` and `tenant` (the names the manifest generator writes).
 */
export function readStartUrlConfig(startUrl: string): Partial3 {
  let params: URLSearchParams;
  try {
    params = new URL(startUrl).searchParams;
  } catch {
    return {};
  }
  return pick((field) => params.get(field));
}

/**
 * Reads the entry for `email`'s domain from a hosted `config.json`
 * (`{ "domains": { "contoso.com": { "haloUrl": …, "clientId": …, "tenant": … } } }`). A
 * subdomain falls back to its parent (`uk.contoso.com` → `contoso.com`). Domains match without
 * regard to case.
 */
export function pickDomainConfig(document: unknown, email: string | null): Partial3 {
  const domains = (document as { domains?: unknown } | null)?.domains;
  if (!email || !domains || typeof domains !== 'object') return {};
  const table = new Map(
    Object.entries(domains as Record<string, unknown>).map(([k, v]) => [k.toLowerCase(), v]),
  );
  const labels = (email.split('@')[1] ?? '').toLowerCase().split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const entry = table.get(labels.slice(i).join('.'));
    if (entry && typeof entry === 'object') {
      const e = entry as Record<string, unknown>;
      return pick((field) => (typeof e[field] === 'string' ? (e[field] as string) : null));
    }
  }
  return {};
}

/**
 * Merges the organisation's settings: the start URL (the manifest, written for this organisation)
 * wins over the hosted file, field by field. Returns null when neither sets anything.
 */
export function mergeManagedConfig(startUrl: Partial3, hosted: Partial3): ManagedConfig | null {
  const sources: Partial<Record<ManagedField, ManagedConfigSource>> = {};
  const values: Partial3 = {};
  for (const field of FIELDS) {
    const value = startUrl[field] ?? hosted[field];
    if (value === undefined) continue;
    values[field] = value;
    sources[field] = startUrl[field] !== undefined ? 'start-url' : 'hosted';
  }
  return Object.keys(sources).length ? { ...values, sources } : null;
}

function pick(read: (field: ManagedField) => string | null | undefined): Partial3 {
  const out: Partial3 = {};
  for (const field of FIELDS) {
    const value = read(field)?.trim();
    if (value) out[field] = value;
  }
  return out;
}
