import type { JournalEntries, JournalValue, LogJournal } from '@halo-outlook/sdk';

/**
 * A view of `journal` whose keys are prefixed with `scope`: each message of a conversation keeps
 * its own steps (its action, its files) in the request's one journal, so a retry or an outbox
 * replay continues every message where it stopped.
 *
 * @usageNotes
 * `const steps = scopedJournal(context.journal, \`message:${id}:\`);`
 */
export function scopedJournal(journal: LogJournal, scope: string): LogJournal {
  return {
    get: <T extends JournalValue>(key: string) => journal.get<T>(scope + key),
    set: (key, value) => journal.set(scope + key, value),
    entries: () => {
      const mine: Record<string, JournalValue> = {};
      for (const [key, value] of Object.entries(journal.entries())) {
        if (key.startsWith(scope)) mine[key.slice(scope.length)] = value;
      }
      return mine as JournalEntries;
    },
  };
}
