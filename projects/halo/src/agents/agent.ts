import { isRecord } from '../parsing/read-list';
import { type RawRecord, readFlag, readObjects, readRef, readText } from '../parsing/read-field';

/** A Halo agent (technician): the signed-in agent from `/Agent/me`, or a row of `/Agent`. */
export interface HaloAgent {
  /** The agent id. */
  readonly id: number;
  /** Display name. */
  readonly name: string;
  /** E-mail address, when Halo sent one. */
  readonly email: string | null;
  /** Name of the agent's default team. */
  readonly team: string | null;
  /** Id of the agent's default team. */
  readonly teamId: number | null;
  /** Every team the agent belongs to. */
  readonly teams: readonly { readonly id: number | null; readonly name: string }[];
  /** True when the agent account is disabled. */
  readonly disabled: boolean;
}

/** Parses one agent object; `null` when it has no id. */
export function parseAgent(raw: unknown): HaloAgent | null {
  if (!isRecord(raw)) return null;
  const id = readRef(raw, 'id');
  if (id === null) return null;
  return {
    id,
    name: readText(raw, 'name') ?? `Agent ${id}`,
    email: readText(raw, 'email', 'emailaddress'),
    team: readText(raw, 'team', 'team_name'),
    teamId: readRef(raw, 'team_id'),
    teams: readObjects(raw, 'teams').flatMap(readTeamRef),
    disabled: readFlag(raw, 'isdisabled', 'disabled') ?? false,
  };
}

function readTeamRef(raw: RawRecord): { id: number | null; name: string }[] {
  const name = readText(raw, 'name', 'team');
  return name === null ? [] : [{ id: readRef(raw, 'id', 'team_id'), name }];
}
