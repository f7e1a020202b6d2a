import { FormControl, FormGroup, Validators } from '@angular/forms';
import type {
  HaloOutcome,
  LogDefaults,
  MailboxCapabilities,
  MailSnapshot,
} from '@halo-outlook/sdk';
import { MAX_LOGGED_MINUTES } from '../time/minutes-to-hours';
import { attachableFiles } from './attachable-files';

/** The controls both built-in forms share: how the e-mail is recorded and what goes with it. */
export type LogDetailsForm = FormGroup<{
  outcomeId: FormControl<number | null>;
  privateNote: FormControl<boolean>;
  minutes: FormControl<number>;
  trimQuotedHistory: FormControl<boolean>;
  remoteImages: FormControl<boolean>;
  attachmentIds: FormControl<readonly string[]>;
  includeOriginal: FormControl<boolean>;
}>;

/** What {@link logDetailsForm} starts from. */
export interface LogDetailsStart {
  /** The agent's defaults. */
  readonly defaults: LogDefaults;
  /** The e-mail (its attachments are ticked when the defaults say so). */
  readonly snapshot: MailSnapshot;
  /** What Outlook can give (the original message needs `messageFile`). */
  readonly capabilities: MailboxCapabilities;
  /** Start with the quoted history removed (append: yes; create: no). */
  readonly trimQuotedHistory: boolean;
}

/**
 * The shared controls, filled from the agent's defaults: the outcome (required; chosen once Halo's
 * outcomes are in), private or public, the minutes (whole, 0 to a day), the body options, and the
 * attachments (all uploadable ones ticked when attachments are on by default; the original message
 * too, where Outlook can give it).
 *
 * @usageNotes
 * `readonly details = logDetailsForm({ defaults: host.defaults(), snapshot, capabilities, trimQuotedHistory: true });`
 */
export function logDetailsForm(start: LogDetailsStart): LogDetailsForm {
  const { defaults, snapshot, capabilities } = start;
  const files = defaults.attachments
    ? attachableFiles(snapshot)
        .filter((f) => f.uploadable)
        .map((f) => f.id)
    : [];
  return new FormGroup({
    outcomeId: new FormControl<number | null>(defaults.outcomeId, Validators.required),
    privateNote: new FormControl(defaults.privateNote, { nonNullable: true }),
    minutes: new FormControl(defaults.minutes, {
      nonNullable: true,
      validators: [
        Validators.required,
        Validators.min(0),
        Validators.max(MAX_LOGGED_MINUTES),
        Validators.pattern(/^\d+$/),
      ],
    }),
    trimQuotedHistory: new FormControl(start.trimQuotedHistory, { nonNullable: true }),
    remoteImages: new FormControl(false, { nonNullable: true }),
    attachmentIds: new FormControl<readonly string[]>(files, { nonNullable: true }),
    includeOriginal: new FormControl(defaults.attachments && capabilities.messageFile, {
      nonNullable: true,
    }),
  });
}

/** How the note is recorded, as the forms' inputs carry it (see {@link noteChoice}). */
export interface NoteChoice {
  readonly outcomeId: number | null;
  readonly outcomeName: string | null;
  readonly privateNote: boolean;
  readonly minutes: number;
  readonly trimQuotedHistory: boolean;
  readonly remoteImages: boolean;
}

/**
 * What the shared controls say about the note, for a form's submitted input: the outcome (with
 * its name, for a Halo that takes only names), private or public, the minutes, the body options.
 *
 * @usageNotes
 * `this.host.submit({ ticketId, ...noteChoice(this.form.controls.details, this.outcomes.items()), … })`
 */
export function noteChoice(details: LogDetailsForm, outcomes: readonly HaloOutcome[]): NoteChoice {
  const value = details.getRawValue();
  return {
    outcomeId: value.outcomeId,
    outcomeName: outcomes.find((o) => o.id === value.outcomeId)?.name ?? null,
    privateNote: value.privateNote,
    minutes: Number(value.minutes),
    trimQuotedHistory: value.trimQuotedHistory,
    remoteImages: value.remoteImages,
  };
}
