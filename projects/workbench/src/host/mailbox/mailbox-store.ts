import type { WorkbenchCategory, WorkbenchMessage } from '../../host-contract/workbench-host';
import { keywordsOf } from './message-keywords';

/** The mailbox's master category list (categories an add-in may apply). */
export const MASTER_CATEGORIES: readonly WorkbenchCategory[] = [
  { displayName: 'Logged to Halo', color: 'Preset4' },
  { displayName: 'Follow up', color: 'Preset1' },
  { displayName: 'Urgent', color: 'Preset0' },
  { displayName: 'Customer', color: 'Preset7' },
];

/**
 * The workbench mailbox: its messages in list order, the selection (null while switching, as
 * Outlook reports it to a pinned pane), and each message's categories (from its `Keywords` header
 * at first, then as the add-in changes them; kept in localStorage).
 */
export class MailboxStore {
  private readonly messages: WorkbenchMessage[] = [];
  private selectedKey: string | null = null;
  private switching = false;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly storage: Storage) {}

  /** Messages, newest first. */
  all(): readonly WorkbenchMessage[] {
    return [...this.messages].sort((a, b) => b.date.localeCompare(a.date));
  }

  /** Adds a message (replacing one with the same key). */
  add(message: WorkbenchMessage): void {
    const index = this.messages.findIndex((m) => m.key === message.key);
    if (index >= 0) this.messages.splice(index, 1, message);
    else this.messages.push(message);
    this.changed();
  }

  /** A key not yet used, based on a file name. */
  uniqueKey(name: string): string {
    let key = name;
    for (let n = 2; this.messages.some((m) => m.key === key); n++) key = `${name} (${n})`;
    return key;
  }

  /** The key of the selection (also while switching), or null. */
  selectionKey(): string | null {
    return this.selectedKey;
  }

  /** The selected message, or null while switching or when nothing is selected. */
  selected(): WorkbenchMessage | null {
    if (this.switching || !this.selectedKey) return null;
    return this.messages.find((m) => m.key === this.selectedKey) ?? null;
  }

  /** Starts switching to another message (or to none): the item reads null until `endSwitch`. */
  beginSwitch(key: string | null): void {
    this.selectedKey = key;
    this.switching = key !== null;
    this.changed();
  }

  /** Ends the switch: the new message is the item. */
  endSwitch(): void {
    this.switching = false;
    this.changed();
  }

  /** A message's categories. */
  categories(key: string): readonly WorkbenchCategory[] {
    const message = this.messages.find((m) => m.key === key);
    const saved = this.storage.getItem(this.categoryKey(key));
    const names = saved ? (JSON.parse(saved) as string[]) : keywordsOf(message?.headerBlock ?? '');
    return names.map(
      (name) =>
        MASTER_CATEGORIES.find((c) => c.displayName.toLowerCase() === name.toLowerCase()) ?? {
          displayName: name,
          color: 'None',
        },
    );
  }

  /** Adds master categories to a message; false (nothing changed) if a name is not a master one. */
  addCategories(key: string, names: readonly string[]): boolean {
    const known = MASTER_CATEGORIES.filter((c) =>
      names.some((n) => n.toLowerCase() === c.displayName.toLowerCase()),
    );
    if (known.length !== new Set(names.map((n) => n.toLowerCase())).size) return false;
    const current = this.categories(key).map((c) => c.displayName);
    const next = [...new Set([...current, ...known.map((c) => c.displayName)])];
    this.storage.setItem(this.categoryKey(key), JSON.stringify(next));
    this.changed();
    return true;
  }

  /** Removes categories from a message. */
  removeCategories(key: string, names: readonly string[]): void {
    const drop = new Set(names.map((n) => n.toLowerCase()));
    const next = this.categories(key)
      .map((c) => c.displayName)
      .filter((n) => !drop.has(n.toLowerCase()));
    this.storage.setItem(this.categoryKey(key), JSON.stringify(next));
    this.changed();
  }

  /** Calls `listener` after every change; returns the function that stops it. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private categoryKey(key: string): string {
    return `halo-workbench.categories.${key}`;
  }

  private changed(): void {
    this.listeners.forEach((listener) => listener());
  }
}
