/** The two History methods office.js replaces with null. */
export interface SavedHistoryApi {
  /** `history.pushState` as it was. */
  readonly pushState: History['pushState'];
  /** `history.replaceState` as it was. */
  readonly replaceState: History['replaceState'];
}

/**
 * Keeps `history.pushState`/`replaceState` before office.js loads. office.js sets both to null
 * (every host but Outlook on Android), which breaks anything that uses the History API.
 *
 * @usageNotes
 * Call it as early as possible, then {@link restoreHistoryApi} once office.js has loaded.
 */
export function saveHistoryApi(history: History = globalThis.history): SavedHistoryApi {
  return { pushState: history.pushState, replaceState: history.replaceState };
}

/**
 * Puts back the History API after office.js nulled it: from `saved` when given, otherwise from
 * `History.prototype` (office.js only shadows the methods on the `history` object, so the
 * prototype's still work). Returns true when something had to be restored.
 *
 * @usageNotes
 * `connectHost()` calls it after `Office.onReady`; call it yourself if you load office.js later.
 */
export function restoreHistoryApi(
  saved?: SavedHistoryApi,
  history: History = globalThis.history,
): boolean {
  let restored = false;
  for (const name of ['pushState', 'replaceState'] as const) {
    if (typeof history[name] === 'function') continue;
    const original = saved?.[name] ?? History.prototype[name];
    Object.defineProperty(history, name, {
      value: original,
      writable: true,
      configurable: true,
    });
    restored = true;
  }
  return restored;
}
