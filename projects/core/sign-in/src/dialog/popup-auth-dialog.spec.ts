import { DiagnosticsLog } from '@halo-outlook/core';
import { PopupAuthDialog } from './popup-auth-dialog';

const log = { record: jasmine.createSpy('record') } as unknown as DiagnosticsLog;

/** A real same-origin frame standing in for the popup window (headless Chromium blocks popups). */
function framePopup(): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  document.body.appendChild(frame);
  return frame;
}

/** Runs `code` as a script inside `frame`, so messages it posts come from that window. */
function runIn(frame: HTMLIFrameElement, code: string): void {
  const doc = frame.contentDocument as Document;
  const script = doc.createElement('script');
  script.textContent = code;
  doc.body.appendChild(script);
}

describe('PopupAuthDialog', () => {
  let frames: HTMLIFrameElement[] = [];
  afterEach(() => {
    frames.forEach((f) => f.remove());
    frames = [];
  });

  it('takes the message the popup posts from the expected origin', async () => {
    const popup = framePopup();
    frames.push(popup);
    const opened: string[] = [];
    const dialog = new PopupAuthDialog(log, (url) => (opened.push(url), popup.contentWindow));
    const result = dialog.open('/auth/start.html', location.origin);
    runIn(popup, `parent.postMessage('the-answer', '*')`);
    expect(await result).toEqual({ kind: 'message', message: 'the-answer' });
    expect(opened).toEqual(['/auth/start.html']);
  });

  it('ignores a real message from another origin', async () => {
    const popup = framePopup();
    const stranger = document.createElement('iframe');
    stranger.setAttribute('sandbox', 'allow-scripts');
    stranger.srcdoc = `<script>parent.postMessage('forged', '*')</script>`;
    frames.push(popup, stranger);
    const dialog = new PopupAuthDialog(log, () => popup.contentWindow);
    const result = dialog.open('/auth/start.html', location.origin);
    const strangerSpoke = new Promise<MessageEvent>((resolve) =>
      window.addEventListener('message', function seen(e) {
        if (e.data !== 'forged') return;
        window.removeEventListener('message', seen);
        resolve(e);
      }),
    );
    document.body.appendChild(stranger);
    const forged = await strangerSpoke;
    expect(forged.origin).toBe('null');
    runIn(popup, `parent.postMessage('genuine', '*')`);
    expect(await result).toEqual({ kind: 'message', message: 'genuine' });
  });

  it('reports the user closing the popup as cancelled', async () => {
    const popup = framePopup();
    const dialog = new PopupAuthDialog(log, () => popup.contentWindow, window, 10);
    const result = dialog.open('/auth/start.html', location.origin);
    popup.remove();
    expect(await result).toEqual({ kind: 'cancelled' });
  });

  it('says the popup was blocked and what to allow', async () => {
    const dialog = new PopupAuthDialog(log, () => null);
    await expectAsync(dialog.open('/auth/start.html', 'https://addin.example')).toBeRejectedWith(
      jasmine.objectContaining({
        message: 'Your browser blocked the sign-in window.',
        action:
          'Allow pop-ups for https://addin.example in the browser settings, then sign in again.',
      }),
    );
  });
});
