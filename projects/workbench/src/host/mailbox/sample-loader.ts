import type { MailboxStore } from './mailbox-store';
import { parseEml, type StoredProperties } from './parse-eml';

/** The mailbox index served beside the samples: file names in order, with stored properties. */
export interface MailboxIndex {
  readonly messages: readonly ({ readonly file: string } & StoredProperties)[];
}

/**
 * Loads the sample mailbox: `mailbox.json`, then every `.eml` it lists, parsed with postal-mime.
 * Returns one sentence per file that could not be loaded (the rest still load).
 */
export async function loadSamples(store: MailboxStore, baseUrl: URL): Promise<string[]> {
  const problems: string[] = [];
  const response = await fetch(new URL('mailbox.json', baseUrl));
  if (!response.ok) {
    return [
      `The sample mailbox index could not be loaded (HTTP ${response.status}): the inbox starts empty. Drop .eml files onto it.`,
    ];
  }
  const index = (await response.json()) as MailboxIndex;
  await Promise.all(
    index.messages.map(async ({ file, ...stored }) => {
      try {
        const eml = await fetch(new URL(encodeURIComponent(file), baseUrl));
        if (!eml.ok) throw new Error(`HTTP ${eml.status}`);
        store.add(await parseEml(file, new Uint8Array(await eml.arrayBuffer()), stored));
      } catch (error) {
        problems.push(
          `Sample ${file} was not loaded: ${error instanceof Error ? error.message : String(error)}.`,
        );
      }
    }),
  );
  return problems;
}
