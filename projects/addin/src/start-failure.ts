/**
 * Says, without Angular, that the pane could not start and what to do: the last resort when
 * bootstrapping fails (a missing chunk after a release, site data blocked by the browser). The
 * words are English because translations load with the app.
 */
export function showStartFailure(document: Document, error: unknown): void {
  console.error(error);
  const blocked = error instanceof Error && error.name === 'SecurityError';
  const origin = document.location?.origin ?? '';
  const [title, action] = blocked
    ? [
        'Halo for Outlook cannot keep its settings in this browser.',
        `The browser blocks site data for the add-in. Allow cookies and site data for ${origin} (or stop blocking third-party cookies), then reopen the add-in.`,
      ]
    : [
        'Halo for Outlook could not start.',
        'Check your network connection, then close and reopen the add-in. If it keeps happening, tell your administrator.',
      ];
  const root = document.querySelector('halo-root') ?? document.body;
  const box = document.createElement('div');
  box.setAttribute('role', 'alert');
  box.className = 'start-failure';
  const heading = document.createElement('p');
  heading.className = 'start-failure-title';
  heading.textContent = title;
  const next = document.createElement('p');
  next.textContent = action;
  box.append(heading, next);
  root.replaceChildren(box);
}
