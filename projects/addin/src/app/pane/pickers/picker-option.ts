import type { Candidate } from '@halo-outlook/sdk';

/** A record the agent can pick in an override picker, with what choosing it applies. */
export interface PickerOption {
  /** Identifies the option in the list. */
  readonly key: string;
  /** The name shown. */
  readonly label: string;
  /** A second line (an address, a client), when useful. */
  readonly detail: string | null;
  /** The records the choice applies, the picked one first (a contact brings its client and site). */
  readonly choices: readonly Candidate[];
}
