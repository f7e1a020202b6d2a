/**
 * What office.js does to every page that loads it in Outlook on the web and desktop: it sets
 * `history.pushState` and `history.replaceState` to null and makes `alert`, `confirm` and `prompt`
 * throw. The stand-in does the same, so a pane that would break in Outlook breaks here too.
 */
export function applyOfficePageQuirks(win: Window): void {
  const history = win.history as unknown as Record<string, unknown>;
  history['pushState'] = null;
  history['replaceState'] = null;
  for (const name of ['alert', 'confirm', 'prompt'] as const) {
    (win as unknown as Record<string, unknown>)[name] = () => {
      throw new Error(`Function window.${name} is not supported in an Office add-in.`);
    };
  }
}
