/** A Halo record an agent can pick in a form: its id and what the form shows. */
export interface RecordChoice {
  /** The record id. */
  readonly id: number;
  /** What the agent sees (`#1042 Printer offline`, `Contoso Dental`). */
  readonly label: string;
}

/** A group of choices in a picker ("This email's thread", "Found in Halo"). */
export interface ChoiceGroup {
  /** The group's heading. */
  readonly label: string;
  /** Its choices. */
  readonly items: readonly RecordChoice[];
}

/**
 * True when a control's value is a chosen record (not text being typed).
 *
 * @usageNotes
 * `const label = isRecordChoice(control.value) ? control.value.label : null;`
 */
export function isRecordChoice(value: unknown): value is RecordChoice {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as RecordChoice).id === 'number' &&
    typeof (value as RecordChoice).label === 'string'
  );
}
