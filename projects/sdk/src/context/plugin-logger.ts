import type { DiagnosticData, DiagnosticLevel, DiagnosticsLog } from '@halo-outlook/core';

/**
 * A plugin's voice in the diagnostics trail. Every entry is tagged with the plugin's id, and is
 * redacted before it is kept (no tokens, no bodies, addresses trimmed), so a plugin may log what
 * helps its author read a bug report.
 *
 * @usageNotes
 * ```ts
 * match: async ({ log }) => { log.info('no tag in the subject'); return []; }
 * ```
 */
export interface PluginLogger {
  /** Detail for the plugin's author. */
  debug(message: string, data?: DiagnosticData): void;
  /** Something worth knowing. */
  info(message: string, data?: DiagnosticData): void;
  /** Something went wrong but the plugin carried on. */
  warn(message: string, data?: DiagnosticData): void;
  /** Something failed. */
  error(message: string, data?: DiagnosticData): void;
}

/**
 * Creates the logger handed to the plugin `pluginId`: each entry goes to `log` with the plugin's id
 * as its source.
 *
 * @usageNotes
 * `createPluginLogger(inject(DiagnosticsLog), 'acme.vip-flag').warn('CRM unreachable')`.
 */
export function createPluginLogger(log: DiagnosticsLog, pluginId: string): PluginLogger {
  const write = (level: DiagnosticLevel) => (message: string, data?: DiagnosticData) =>
    log.record(pluginId, level, message, data);
  return Object.freeze({
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
  });
}
