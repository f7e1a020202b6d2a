import { toAppError } from '@halo-outlook/core';
import type { PluginProblem } from './plugin-problem';

/** The problem of a plugin that did not finish within its time box of `timeoutMs`. */
export function timeoutProblem(pluginId: string, timeoutMs: number): PluginProblem {
  return {
    pluginId,
    kind: 'timeout',
    message: `${pluginId} did not answer within ${seconds(timeoutMs)}, so its part of the picture is missing.`,
    action:
      'The rest is shown. Refresh to try again; if it keeps happening, tell your administrator.',
    detail: `cut off after ${timeoutMs} ms`,
  };
}

/**
 * The problem of a plugin that threw or rejected with `error`. An `AppError` (Halo unreachable,
 * signed out…) keeps its own message and next step.
 */
export function errorProblem(pluginId: string, error: unknown): PluginProblem {
  const appError = toAppError(error);
  const known = appError.kind !== 'unknown';
  return {
    pluginId,
    kind: 'error',
    message: known
      ? `${pluginId} could not finish: ${appError.message}`
      : `${pluginId} failed, so its part of the picture is missing.`,
    action: known
      ? appError.action
      : 'The rest is shown. Refresh to try again; if it keeps happening, export the diagnostics for your administrator.',
    detail: appError.detail ?? appError.message,
  };
}

/** The problem of a plugin that returned something that is not a valid candidate. */
export function invalidResultProblem(pluginId: string, problem: string): PluginProblem {
  return {
    pluginId,
    kind: 'invalid-result',
    message: `${pluginId} returned a result the pane cannot use, so it was left out.`,
    action: "The rest is shown. Tell the plugin's author: the diagnostics say what was wrong.",
    detail: problem,
  };
}

/** The problem of a plugin skipped because its circuit is open until `reopensAt` (epoch ms). */
export function circuitOpenProblem(
  pluginId: string,
  reopensAt: number,
  now: number,
): PluginProblem {
  return {
    pluginId,
    kind: 'circuit-open',
    message: `${pluginId} is paused after failing several times in a row.`,
    action: `It is tried again in about ${seconds(Math.max(0, reopensAt - now))}. If it keeps failing, tell your administrator.`,
    detail: `circuit open until ${new Date(reopensAt).toISOString()}`,
  };
}

function seconds(ms: number): string {
  const s = Math.max(1, Math.round(ms / 1000));
  return s === 1 ? '1 second' : `${s} seconds`;
}
