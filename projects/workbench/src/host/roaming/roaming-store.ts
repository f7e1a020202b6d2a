/**
 * The mailbox's persisted copy of the add-in's roaming settings, per user, in the workbench
 * page's localStorage (Outlook keeps it in the mailbox). Survives reloads of the pane and the page.
 */
export class RoamingStore {
  constructor(
    private readonly storage: Storage,
    private readonly user: string,
  ) {}

  private get key(): string {
    return `halo-workbench.roaming.${this.user.toLowerCase()}`;
  }

  /** The stored settings as JSON (`{}` when none). */
  load(): string {
    return this.storage.getItem(this.key) ?? '{}';
  }

  /** Replaces the stored settings. */
  save(serialized: string): void {
    this.storage.setItem(this.key, serialized);
  }

  /** Forgets the stored settings (the workbench's "reset" for a first-run experience). */
  clear(): void {
    this.storage.removeItem(this.key);
  }
}
