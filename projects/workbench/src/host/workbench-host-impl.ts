import type {
  WorkbenchHost,
  WorkbenchHostEvent,
  WorkbenchUserProfile,
} from '../host-contract/workbench-host';
import type { DialogBroker } from './dialogs/dialog-broker';
import type { MailboxStore } from './mailbox/mailbox-store';
import type { RoamingStore } from './roaming/roaming-store';
import type { WorkbenchSettings } from './settings/workbench-settings';

/** The parts the host is made of. */
export interface HostParts {
  readonly store: MailboxStore;
  readonly settings: () => WorkbenchSettings;
  readonly roaming: RoamingStore;
  readonly dialogs: DialogBroker;
  readonly user: WorkbenchUserProfile;
}

/**
 * The workbench page's side of the Office stand-in: it answers the pane's and dialogs' questions
 * from the mailbox, the settings and the roaming store, and tells subscribed panes about changes.
 */
export class WorkbenchHostImpl implements WorkbenchHost {
  private readonly subscribers = new Map<Window, (event: WorkbenchHostEvent) => void>();
  private roamingAtOpen = '{}';

  constructor(private readonly parts: HostParts) {}

  /** A pane is (re)opened: its roaming settings are read from the store now. */
  paneOpened(): void {
    this.roamingAtOpen = this.parts.roaming.load();
    this.parts.dialogs.closeAll();
    this.subscribers.clear();
  }

  /** Tells every pane about an event. */
  emit(event: WorkbenchHostEvent): void {
    for (const [pane, listener] of this.subscribers) {
      try {
        listener(event);
      } catch {
        this.subscribers.delete(pane); // a pane that went away
      }
    }
  }

  mailboxVersion(): string {
    return this.parts.settings().mailboxVersion;
  }
  userProfile(): WorkbenchUserProfile {
    return this.parts.user;
  }
  theme(): 'light' | 'dark' {
    return this.parts.settings().theme;
  }
  selectedMessage() {
    return this.parts.store.selected();
  }
  subscribe(pane: Window, listener: (event: WorkbenchHostEvent) => void): () => void {
    this.subscribers.set(pane, listener);
    return () => {
      if (this.subscribers.get(pane) === listener) this.subscribers.delete(pane);
    };
  }
  roamingSnapshot(): string {
    return this.roamingAtOpen;
  }
  saveRoaming(serialized: string): void {
    this.parts.roaming.save(serialized);
  }
  categories(key: string) {
    return this.parts.store.categories(key);
  }
  addCategories(key: string, names: readonly string[]): boolean {
    return this.parts.store.addCategories(key, names);
  }
  removeCategories(key: string, names: readonly string[]): void {
    this.parts.store.removeCategories(key, names);
  }
  openDialog(request: Parameters<WorkbenchHost['openDialog']>[0]) {
    return this.parts.dialogs.open(request);
  }
  messageParent(dialog: Window, message: string | boolean, origin: string): boolean {
    return this.parts.dialogs.messageParent(dialog, message, origin);
  }
}
