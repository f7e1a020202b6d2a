import type { LogOutcome } from '../contracts/log-action';
import type { LogPart } from '../contracts/log-part';
import type { JournalEntries } from './log-journal';
import type { LogRequest } from './log-request';

/** Where a running log request stands, as `LogRunner.run` reports it after every change. */
export interface LogRunUpdate {
  /** The request. */
  readonly request: LogRequest;
  /** The parts as the action last reported them. */
  readonly parts: readonly LogPart[];
  /** What the request has done so far (pass it back to retry). */
  readonly journal: JournalEntries;
  /** How it ended; null while it runs. */
  readonly outcome: LogOutcome | null;
  /** True when it ended waiting in the outbox. */
  readonly queued: boolean;
}
