import { ManagedConfig, ManagedConfigSource, ManagedField } from './tenant-config';

const FIELDS: readonly ManagedField[] = [
  'haloUrl',
  'clientId',
  'tenant',
  'entraClientId',
  'entraAuthority',
  'graphUrl',
];

type ManagedValues = Partial<Record<ManagedField, string>>;

/**
 * Reads the settings an organisation's manifest put on the add-in's start URL: the query
 * parameters `haloUrl`, `clientId` and `tenant` (the names the manifest generator writes), and
 * for the Microsoft Entra features `entraClientId`, `entraAuthority` and `graphUrl`.
 */
export function readStartUrlConfig(startUrl: string): ManagedValues {
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
export function pickDomainConfig(document: unknown, email: string | null): ManagedValues {
  const table = entries(document, 'domains');
  if (!email || !table) return {};
  const labels = (email.split('@')[1] ?? '').toLowerCase().split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const entry = table.get(labels.slice(i).join('.'));
    if (entry) return pickEntry(entry);
  }
  return {};
}

/**
 * Reads the entry for a Microsoft Entra tenant from the same hosted `config.json`
 * (`{ "tenants": { "<tenant id>": { "haloUrl": …, "clientId": … } } }`), once the agent has
 * signed in with Microsoft and the tenant id (the `tid` claim, a GUID) is known. Tenant ids match
 * without regard to case.
 */
export function pickTenantConfig(document: unknown, tenantId: string | null): ManagedValues {
  const table = entries(document, 'tenants');
  const entry = tenantId ? table?.get(tenantId.trim().toLowerCase()) : undefined;
  return entry ? pickEntry(entry) : {};
}

/**
 * Merges the organisation's settings, field by field: the start URL (the manifest, written for
 * this organisation) wins over the hosted file's entry for the agent's Entra tenant, which wins
 * over its entry for the agent's email domain. Returns null when none sets anything.
 */
export function mergeManagedConfig(
  startUrl: ManagedValues,
  hosted: ManagedValues,
  hostedByTenant: ManagedValues = {},
): ManagedConfig | null {
  const layers: [ManagedConfigSource, ManagedValues][] = [
    ['start-url', startUrl],
    ['hosted-tenant', hostedByTenant],
    ['hosted', hosted],
  ];
  const sources: Partial<Record<ManagedField, ManagedConfigSource>> = {};
  const values: ManagedValues = {};
  for (const field of FIELDS) {
    const layer = layers.find(([, layerValues]) => layerValues[field] !== undefined);
    if (!layer) continue;
    values[field] = layer[1][field];
    sources[field] = layer[0];
  }
  return Object.keys(sources).length ? { ...values, sources } : null;
}

function entries(document: unknown, key: 'domains' | 'tenants'): Map<string, object> | null {
  const table = (document as Record<string, unknown> | null)?.[key];
  if (!table || typeof table !== 'object') return null;
  return new Map(
    Object.entries(table as Record<string, unknown>)
      .filter((entry): entry is [string, object] => !!entry[1] && typeof entry[1] === 'object')
      .map(([k, v]) => [k.toLowerCase(), v]),
  );
}

function pickEntry(entry: object): ManagedValues {
  const e = entry as Record<string, unknown>;
  return pick((field) => (typeof e[field] === 'string' ? (e[field] as string) : null));
}

function pick(read: (field: ManagedField) => string | null | undefined): ManagedValues {
  const out: ManagedValues = {};
  for (const field of FIELDS) {
    const value = read(field)?.trim();
    if (value) out[field] = value;
  }
  return out;
}
