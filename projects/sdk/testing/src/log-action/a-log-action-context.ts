import {
  createLogJournal,
  EMPTY_PICTURE,
  type HaloWriteFacade,
  type JournalEntries,
  type LogActionContext,
  type LogJournal,
  type LogPart,
  type MailContent,
  type MailSnapshot,
  type PluginLogger,
  type ResolutionPicture,
} from '@halo-outlook/sdk';
import { RecordingHaloFacade } from '../halo/recording-halo-facade';
import { RecordingPluginLogger } from '../logger/recording-plugin-logger';
import type { MailContentFixture } from '../mail/a-mail-content';
import { toMailContent } from '../matcher/a-match-context';

/** What a test may set in a {@link aLogActionContext}; each has a test default. */
export interface LogActionContextOverrides {
  /** What the pane resolved (default: nothing; the fields given replace the empty picture's). */
  readonly picture?: Partial<ResolutionPicture>;
  /** The Halo the action reads and writes (default: an empty {@link RecordingHaloFacade}). */
  readonly halo?: HaloWriteFacade;
  /** The logger (default: a {@link RecordingPluginLogger}). */
  readonly log?: PluginLogger;
  /** The signal (default: one that never aborts). */
  readonly signal?: AbortSignal;
  /** The e-mail's content (default: none: every part rejects, as from a host that cannot give it). */
  readonly mail?: MailContent | MailContentFixture;
  /** The journal, or what an earlier attempt left in it (default: empty). */
  readonly journal?: LogJournal | JournalEntries;
  /** Receives each progress report (default: kept in the context's `reported`). */
  readonly onProgress?: (parts: readonly LogPart[]) => void;
}

/** A log action context for tests, with what the action reported. */
export interface TestLogActionContext extends LogActionContext {
  /** Every progress report, in order. */
  readonly reported: (readonly LogPart[])[];
}

/**
 * Builds the context a log action receives, for a test.
 *
 * @usageNotes
 * ```ts
 * const halo = new RecordingHaloFacade({ tickets: [aHaloTicket({ id: 1001 })] });
 * const context = aLogActionContext(aMailSnapshot(), { halo, mail: { html: '<p>Hi</p>' } });
 * const outcome = await action.run(context, { ticketId: 1001 });
 * expect(halo.callsTo('createAction').length).toBe(1);
 * expect(context.journal.entries()).toEqual(jasmine.objectContaining({ actionId: 1 }));
 * ```
 */
export function aLogActionContext(
  snapshot: MailSnapshot,
  overrides: LogActionContextOverrides = {},
): TestLogActionContext {
  const reported: (readonly LogPart[])[] = [];
  const journal = overrides.journal;
  return {
    snapshot,
    picture: { ...EMPTY_PICTURE, ...overrides.picture },
    signal: overrides.signal ?? new AbortController().signal,
    halo: overrides.halo ?? new RecordingHaloFacade(),
    log: overrides.log ?? new RecordingPluginLogger(),
    mail: toMailContent(overrides.mail),
    journal: isJournal(journal) ? journal : createLogJournal(journal ?? {}),
    progress: (parts) => {
      reported.push(parts);
      overrides.onProgress?.(parts);
    },
    reported,
  };
}

function isJournal(value: LogJournal | JournalEntries | undefined): value is LogJournal {
  return value !== undefined && typeof (value as LogJournal).set === 'function';
}
