import type { WorkbenchMessage } from '../../host-contract/workbench-host';
import type { MailboxStore } from './mailbox-store';
import { parseEml } from './parse-eml';

/**
 * Lets the user drop `.eml` files onto the inbox: each is parsed and added; `added` gets the new
 * messages (to select the last), `failed` one sentence per file that is not an email.
 */
export function acceptEmlDrops(
  zone: HTMLElement,
  store: MailboxStore,
  added: (messages: WorkbenchMessage[]) => void,
  failed: (problem: string) => void,
): void {
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('dragging');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('dragging'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('dragging');
    const files = [...(event.dataTransfer?.files ?? [])];
    void Promise.all(
      files.map(async (file) => {
        if (!/\.eml$/i.test(file.name) && file.type !== 'message/rfc822') {
          failed(
            `${file.name} was not added: drop .eml files (messages saved from a mail client).`,
          );
          return null;
        }
        try {
          const message = await parseEml(
            store.uniqueKey(file.name),
            new Uint8Array(await file.arrayBuffer()),
          );
          store.add(message);
          return message;
        } catch (error) {
          failed(
            `${file.name} was not added: ${error instanceof Error ? error.message : String(error)}`,
          );
          return null;
        }
      }),
    ).then((messages) => {
      const ok = messages.filter((m): m is WorkbenchMessage => m !== null);
      if (ok.length) added(ok);
    });
  });
}
