import { isRecord } from '../parsing/read-list';
import { readFlag, readRef, readText } from '../parsing/read-field';

/** A Halo client (customer organisation; *Area* in Halo's spec). */
export interface HaloClient {
  /** The client id. */
  readonly id: number;
  /** The client's name. */
  readonly name: string;
  /** True when the client is inactive. */
  readonly inactive: boolean;
  /** The top level (group) the client belongs to, when set. */
  readonly topLevelId: number | null;
  /** The client's website, when set. */
  readonly website: string | null;
}

/** Parses one client object; `null` when it has no id. */
export function parseClient(raw: unknown): HaloClient | null {
  if (!isRecord(raw)) return null;
  const id = readRef(raw, 'id');
  if (id === null) return null;
  return {
    id,
    name: readText(raw, 'name', 'client_name') ?? `Client ${id}`,
    inactive: readFlag(raw, 'inactive') ?? false,
    topLevelId: readRef(raw, 'toplevel_id'),
    website: readText(raw, 'website'),
  };
}
