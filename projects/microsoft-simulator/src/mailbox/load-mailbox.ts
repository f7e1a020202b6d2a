import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type MailboxIndex, convertToRestId, parseEml } from '../boundary/workbench-mailbox.js';
import type { GraphMailbox, MailboxMessage } from './graph-mailbox.js';

function findFile(dirs: readonly string[], file: string): string | null {
  for (const dir of dirs) {
    const path = join(dir, file);
    if (existsSync(path)) return path;
  }
  return null;
}

/**
 * Loads the workbench's mailbox the way the workbench does: `mailbox.json` (from the first folder
 * that has one), then each `.eml` it lists (looked up in the folders in order), parsed with the
 * workbench's own `parseEml`, so item ids and conversation ids are the ones its Office stand-in
 * reports. Graph's message id is the REST form of the item id (Office's `convertToRestId`).
 */
export async function loadMailbox(dirs: readonly string[], owner: string): Promise<GraphMailbox> {
  const indexPath = findFile(dirs, 'mailbox.json');
  if (!indexPath) {
    throw new Error(`No mailbox.json in ${dirs.join(', ')}: give mailboxDirs with the samples.`);
  }
  const index = JSON.parse(await readFile(indexPath, 'utf8')) as MailboxIndex;
  const messages: MailboxMessage[] = [];
  const skipped: string[] = [];
  for (const { file, ...stored } of index.messages) {
    const path = findFile(dirs, file);
    if (!path) {
      skipped.push(`${file}: not found in ${dirs.join(', ')}`);
      continue;
    }
    try {
      const message = await parseEml(file, new Uint8Array(await readFile(path)), stored);
      const fromOwner = message.from?.address.toLowerCase() === owner.toLowerCase();
      messages.push({
        file,
        id: convertToRestId(message.itemId, 'v2.0'),
        folder: fromOwner ? 'sentitems' : 'inbox',
        message,
      });
    } catch (error) {
      skipped.push(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  messages.sort((a, b) => b.message.date.localeCompare(a.message.date));
  return { owner, messages, skipped };
}
