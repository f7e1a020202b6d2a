import { isRecord } from '../parsing/read-list';
import { readFlag, readRef, readText } from '../parsing/read-field';

/** An action outcome (the tenant's name for a kind of action, e.g. "Private Note"). */
export interface HaloOutcome {
  /** The outcome id: what a write should send (`outcome_id`). */
  readonly id: number;
  /** The outcome's name (`outcome`). */
  readonly name: string;
  /** The button label in Halo, when set. */
  readonly buttonName: string | null;
  /** True when hidden in Halo's UI. */
  readonly hidden: boolean;
  /** The status a ticket moves to with this outcome, when set. */
  readonly newStatusId: number | null;
  /** True when actions of this outcome are private by default. */
  readonly hiddenFromUser: boolean;
  /** True when actions of this outcome send an e-mail by default. */
  readonly sendsEmail: boolean;
}

/** Parses one outcome object; `null` when it has no id. */
export function parseOutcome(raw: unknown): HaloOutcome | null {
  if (!isRecord(raw)) return null;
  const id = readRef(raw, 'id');
  if (id === null) return null;
  return {
    id,
    name: readText(raw, 'outcome', 'name') ?? `Outcome ${id}`,
    buttonName: readText(raw, 'buttonname'),
    hidden: readFlag(raw, 'hidden') ?? false,
    newStatusId: readRef(raw, 'newstatus'),
    hiddenFromUser: readFlag(raw, 'hidefromuser', 'hiddenfromuser') ?? false,
    sendsEmail: readFlag(raw, 'sendemail') ?? false,
  };
}
