/** A value a log action may keep in its journal: plain JSON data. */
export type JournalValue =
  | string
  | number
  | boolean
  | null
  | readonly JournalValue[]
  | { readonly [key: string]: JournalValue };

/** The journal's content: step name → what Halo confirmed. */
export type JournalEntries = Readonly<Record<string, JournalValue>>;

/**
 * What one log request has already done, kept across retries, outbox replays and reloads (see
 * `LogActionContext.journal`). Write a step as soon as Halo confirms it; before a step, read it.
 *
 * @usageNotes
 * ```ts
 * let ticketId = journal.get<number>('ticketId');
 * if (ticketId === undefined) {
 *   ticketId = (await halo.createTicket(ticket, { signal })).value.id;
 *   journal.set('ticketId', ticketId);
 * }
 * ```
 */
export interface LogJournal {
  /** The value of `key`, or undefined when that step has not happened. */
  get<T extends JournalValue>(key: string): T | undefined;
  /** Records `key`; the value must be plain JSON data. */
  set(key: string, value: JournalValue): void;
  /** Everything recorded. */
  entries(): JournalEntries;
}

/**
 * Creates a journal starting from `entries`; `changed` is called after every `set` with the new
 * entries (the runner persists them).
 *
 * @usageNotes
 * `const journal = createLogJournal(entry.journal, (all) => outbox.saveJournal(entry.id, all));`
 */
export function createLogJournal(
  entries: JournalEntries = {},
  changed: (entries: JournalEntries) => void = () => undefined,
): LogJournal {
  let current: JournalEntries = Object.freeze({ ...entries });
  return {
    get: <T extends JournalValue>(key: string) => current[key] as T | undefined,
    set: (key, value) => {
      current = Object.freeze({ ...current, [key]: structuredClone(value) });
      changed(current);
    },
    entries: () => current,
  };
}
