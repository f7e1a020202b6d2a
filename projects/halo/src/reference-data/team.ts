import { isRecord } from '../parsing/read-list';
import { readFlag, readRef, readText } from '../parsing/read-field';

/** A Halo team (*SectionDetail* in Halo's spec). */
export interface HaloTeam {
  /** The team id. */
  readonly id: number;
  /** The team name (what tickets reference). */
  readonly name: string;
  /** True when inactive. */
  readonly inactive: boolean;
  /** The department, when set. */
  readonly departmentId: number | null;
  /** What it is used for (`reqs`, `opps`, `prjs`), when sent. */
  readonly use: string | null;
}

/** Parses one team object; `null` when it has no id. */
export function parseTeam(raw: unknown): HaloTeam | null {
  if (!isRecord(raw)) return null;
  const id = readRef(raw, 'id');
  if (id === null) return null;
  return {
    id,
    name: readText(raw, 'name', 'team') ?? `Team ${id}`,
    inactive: readFlag(raw, 'inactive', 'disabled') ?? false,
    departmentId: readRef(raw, 'department_id'),
    use: readText(raw, 'use'),
  };
}
