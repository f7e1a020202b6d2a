import { isRecord } from '../parsing/read-list';
import { readFlag, readRef, readText } from '../parsing/read-field';

/** A Halo site: a location of a client. */
export interface HaloSite {
  /** The site id. */
  readonly id: number;
  /** The site's name. */
  readonly name: string;
  /** The client the site belongs to (Halo sends it as a double, `client_id: 12.0`). */
  readonly clientId: number | null;
  /** The client's name, when Halo sent it. */
  readonly clientName: string | null;
  /** True when the site is inactive. */
  readonly inactive: boolean;
  /** The e-mail domain Halo's mail intake links to this site (`emaildomain`), lower case. */
  readonly emailDomain: string | null;
  /** The "to" domain of the site (`todomain`), lower case. */
  readonly toDomain: string | null;
}

/** Parses one site object; `null` when it has no id. */
export function parseSite(raw: unknown): HaloSite | null {
  if (!isRecord(raw)) return null;
  const id = readRef(raw, 'id');
  if (id === null) return null;
  return {
    id,
    name: readText(raw, 'name', 'site_name') ?? `Site ${id}`,
    clientId: readRef(raw, 'client_id'),
    clientName: readText(raw, 'client_name'),
    inactive: readFlag(raw, 'inactive') ?? false,
    emailDomain: readText(raw, 'emaildomain')?.toLowerCase() ?? null,
    toDomain: readText(raw, 'todomain')?.toLowerCase() ?? null,
  };
}
