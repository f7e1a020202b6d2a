import type { DiagnosticData, PluginLogger } from '@halo-outlook/sdk';

/** One entry a plugin logged through a {@link RecordingPluginLogger}. */
export interface RecordedLogEntry {
  /** The level. */
  readonly level: 'debug' | 'info' | 'warn' | 'error';
  /** The message. */
  readonly message: string;
  /** The data, when given. */
  readonly data?: DiagnosticData;
}

/**
 * A {@link PluginLogger} that keeps what it is told, for a test to read.
 *
 * @usageNotes
 * ```ts
 * const log = new RecordingPluginLogger();
 * await runMatcher(myMatcher, aMailSnapshot(), { log });
 * expect(log.entries.map((e) => e.level)).not.toContain('error');
 * ```
 */
export class RecordingPluginLogger implements PluginLogger {
  /** Every entry, in order. */
  readonly entries: RecordedLogEntry[] = [];

  /** {@inheritDoc PluginLogger.debug} */
  debug(message: string, data?: DiagnosticData): void {
    this.entries.push({ level: 'debug', message, data });
  }

  /** {@inheritDoc PluginLogger.info} */
  info(message: string, data?: DiagnosticData): void {
    this.entries.push({ level: 'info', message, data });
  }

  /** {@inheritDoc PluginLogger.warn} */
  warn(message: string, data?: DiagnosticData): void {
    this.entries.push({ level: 'warn', message, data });
  }

  /** {@inheritDoc PluginLogger.error} */
  error(message: string, data?: DiagnosticData): void {
    this.entries.push({ level: 'error', message, data });
  }
}
