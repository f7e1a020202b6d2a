import {
  AppError,
  DiagnosticsLog,
  ɵOfficeApi as OfficeApi,
  ɵOfficeDialog as OfficeDialog,
} from '@halo-outlook/core';
import { OfficeAuthDialog } from './office-auth-dialog';

type Handler = (args: { message: string; origin: string | undefined } | { error: number }) => void;

/** A fake Office with the Dialog API's callback and event shapes. */
function fakeOffice(open: { error?: number } = {}) {
  const handlers = new Map<unknown, Handler>();
  const dialog = { closed: 0, url: '', options: {} as unknown };
  const office = {
    EventType: {
      DialogMessageReceived: 'dialogMessageReceived',
      DialogEventReceived: 'dialogEventReceived',
    },
    context: {
      ui: {
        displayDialogAsync(url: string, options: unknown, cb: (r: unknown) => void) {
          dialog.url = url;
          dialog.options = options;
          const handle: OfficeDialog = {
            close: () => dialog.closed++,
            addEventHandler: (type, handler) => handlers.set(type, handler),
          };
          setTimeout(() =>
            cb(
              open.error
                ? {
                    status: 'failed',
                    value: undefined,
                    error: { code: open.error, name: 'Error', message: 'x' },
                  }
                : { status: 'succeeded', value: handle },
            ),
          );
        },
      },
    },
  } as unknown as OfficeApi;
  const fire = {
    message: (message: string, origin: string | undefined) =>
      handlers.get('dialogMessageReceived')?.({ message, origin }),
    event: (error: number) => handlers.get('dialogEventReceived')?.({ error }),
  };
  return { office, dialog, fire, opened: () => new Promise((r) => setTimeout(r)) };
}

const log = { record: jasmine.createSpy('record') } as unknown as DiagnosticsLog;
const PANE = 'https://addin.example';

describe('OfficeAuthDialog', () => {
  it('opens the same-origin start page without Office’s prompt', async () => {
    const { office, dialog, fire, opened } = fakeOffice();
    const result = new OfficeAuthDialog(office, log).open(`${PANE}/auth/start.html`, PANE);
    await opened();
    fire.message('{"ok":true}', PANE);
    await result;
    expect(dialog.url).toBe(`${PANE}/auth/start.html`);
    expect(dialog.options).toEqual(jasmine.objectContaining({ promptBeforeOpen: false }));
  });

  it('ignores a message from another origin and takes the one from its own, closing the dialog', async () => {
    const { office, dialog, fire, opened } = fakeOffice();
    const result = new OfficeAuthDialog(office, log).open(`${PANE}/auth/start.html`, PANE);
    await opened();
    fire.message('from-evil', 'https://evil.example');
    expect(dialog.closed).toBe(0);
    fire.message('from-callback', PANE);
    expect(await result).toEqual({ kind: 'message', message: 'from-callback' });
    expect(dialog.closed).toBe(1);
  });

  it('treats the user closing the dialog (12006) as cancelled, not an error', async () => {
    const { office, dialog, fire, opened } = fakeOffice();
    const result = new OfficeAuthDialog(office, log).open(`${PANE}/auth/start.html`, PANE);
    await opened();
    fire.event(12006);
    expect(await result).toEqual({ kind: 'cancelled' });
    expect(dialog.closed).toBe(1);
  });

  it('explains a page that did not load (12002) and closes the dialog', async () => {
    const { office, dialog, fire, opened } = fakeOffice();
    const result = new OfficeAuthDialog(office, log).open(`${PANE}/auth/start.html`, PANE);
    await opened();
    fire.event(12002);
    await expectAsync(result).toBeRejectedWith(
      jasmine.objectContaining({ message: 'The sign-in window could not load its page.' }),
    );
    expect(dialog.closed).toBe(1);
  });

  const openErrors: [number, RegExp][] = [
    [12009, /not allowed to open/],
    [12011, /blocked the sign-in window/],
    [12007, /already open/],
    [12004, /does not trust/],
  ];
  for (const [code, words] of openErrors) {
    it(`turns displayDialogAsync error ${code} into words with a next step`, async () => {
      const { office } = fakeOffice({ error: code });
      let error: unknown;
      await new OfficeAuthDialog(office, log)
        .open(`${PANE}/auth/start.html`, PANE)
        .catch((e) => (error = e));
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).message).toMatch(words);
      expect((error as AppError).action).not.toBe('');
      expect((error as AppError).detail).toContain(String(code));
    });
  }
});
