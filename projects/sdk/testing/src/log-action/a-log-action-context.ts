import {
  EMPTY_PICTURE,
  type HaloWriteFacade,
  type LogActionContext,
  type MailSnapshot,
  type PluginLogger,
  type ResolutionPicture,
} from '@halo-outlook/sdk';
import { RecordingHaloFacade } from '../halo/recording-halo-facade';
import { RecordingPluginLogger } from '../logger/recording-plugin-logger';

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
}

/**
 * Builds the context a log action receives, for a test.
 *
 * @usageNotes
 * ```ts
 * const halo = new RecordingHaloFacade({ tickets: [aHaloTicket({ id: 1001 })] });
 * const outcome = await action.run(aLogActionContext(aMailSnapshot(), { halo }), { ticketId: 1001 });
 * expect(halo.callsTo('addAction').length).toBe(1);
 * ```
 */
export function aLogActionContext(
  snapshot: MailSnapshot,
  overrides: LogActionContextOverrides = {},
): LogActionContext {
  return {
    snapshot,
    picture: { ...EMPTY_PICTURE, ...overrides.picture },
    signal: overrides.signal ?? new AbortController().signal,
    halo: overrides.halo ?? new RecordingHaloFacade(),
    log: overrides.log ?? new RecordingPluginLogger(),
  };
}
