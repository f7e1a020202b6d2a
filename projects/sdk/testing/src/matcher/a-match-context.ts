import type {
  Candidate,
  HaloReadFacade,
  MailContent,
  MailSnapshot,
  MatchContext,
  PluginLogger,
  RememberedChoices,
  ResolvedSoFar,
} from '@halo-outlook/sdk';
import { senderKey } from '@halo-outlook/sdk';
import { RecordingHaloFacade } from '../halo/recording-halo-facade';
import { aMailContent, type MailContentFixture } from '../mail/a-mail-content';
import { RecordingPluginLogger } from '../logger/recording-plugin-logger';

/** What a test may set in a {@link aMatchContext}; each has a test default. */
export interface MatchContextOverrides {
  /** The Halo the matcher reads (default: an empty {@link RecordingHaloFacade}). */
  readonly halo?: HaloReadFacade;
  /** What is already decided (default: nothing). */
  readonly resolved?: Partial<ResolvedSoFar>;
  /** Choices remembered for the e-mail's sender (default: none). */
  readonly remembered?: readonly Candidate[];
  /** A remembered-choices store, when a test needs more than the e-mail's sender. */
  readonly choices?: Pick<RememberedChoices, 'recall'>;
  /** The logger (default: a {@link RecordingPluginLogger}). */
  readonly log?: PluginLogger;
  /** The signal (default: one that never aborts). */
  readonly signal?: AbortSignal;
  /**
   * The e-mail's content: a {@link MailContentFixture} or any `MailContent` (default: none, as
   * from a host that cannot give it: every part rejects).
   */
  readonly mail?: MailContent | MailContentFixture;
}

/**
 * Builds the context a matcher receives, for a test that calls `match` itself.
 *
 * @usageNotes
 * ```ts
 * const context = aMatchContext(aMailSnapshot(), { resolved: { client: acme } });
 * const candidates = await lastValueFrom(from(matcher.match(context)));
 * ```
 */
export function aMatchContext(
  snapshot: MailSnapshot,
  overrides: MatchContextOverrides = {},
): MatchContext {
  const sender = senderKey(snapshot);
  const remembered = overrides.remembered ?? [];
  return {
    snapshot,
    signal: overrides.signal ?? new AbortController().signal,
    halo: overrides.halo ?? new RecordingHaloFacade(),
    log: overrides.log ?? new RecordingPluginLogger(),
    mail: toMailContent(overrides.mail),
    choices: overrides.choices ?? {
      recall: async (key: string) => (key === sender ? remembered : []),
    },
    resolved: { contact: null, client: null, ...overrides.resolved },
  };
}

/** A `MailContent` from a fixture, or the one given. */
export function toMailContent(mail: MailContent | MailContentFixture | undefined): MailContent {
  return mail !== undefined && typeof (mail as MailContent).html === 'function'
    ? (mail as MailContent)
    : aMailContent(mail as MailContentFixture | undefined);
}
