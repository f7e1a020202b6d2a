/**
 * The contract between the workbench page (the "host", playing Outlook) and the Office stand-in
 * loaded by the pane and its dialogs. Both run on one origin, so the stand-in reaches the host
 * directly through `window.parent` (the pane) or `window.opener` (a dialog). Values cross realms:
 * the stand-in copies them (`structuredClone`) before handing them to the add-in.
 */

/** A person as the mailbox stores it. */
export interface WorkbenchAddress {
  /** Display name, possibly empty. */
  readonly name: string;
  /** E-mail address. */
  readonly address: string;
}

/** An attachment of a stored message, with its content. */
export interface WorkbenchAttachment {
  /** The mailbox's attachment id (valid for this session, as in Outlook on the web). */
  readonly id: string;
  /** File name; for an attached message, its subject (as Outlook shows it). */
  readonly name: string;
  /** MIME type. */
  readonly contentType: string;
  /** Size in bytes of the decoded content. */
  readonly size: number;
  /** `file` or `item` (an attached message); cloud attachments cannot come from MIME. */
  readonly attachmentType: 'file' | 'item';
  /** True for images the HTML body shows through `cid:`. */
  readonly isInline: boolean;
  /** Content-ID without angle brackets, or empty. */
  readonly contentId: string;
  /** The decoded content. */
  readonly content: Uint8Array;
}

/** A message of the workbench mailbox: a parsed `.eml` plus the properties a mailbox adds. */
export interface WorkbenchMessage {
  /** Stable key of the message in the mailbox (the sample's file name, or a dropped file's name). */
  readonly key: string;
  /** EWS-format item id, derived from the message bytes (stable across reloads). */
  readonly itemId: string;
  /** Outlook's conversation id: shared by the messages of one thread. */
  readonly conversationId: string;
  /** The `.eml` bytes, as stored. */
  readonly raw: Uint8Array;
  /** The header section of the message, exactly as in the file. */
  readonly headerBlock: string;
  /** Message-ID with angle brackets, or null. */
  readonly internetMessageId: string | null;
  /** Subject. */
  readonly subject: string;
  /** From (the author). */
  readonly from: WorkbenchAddress | null;
  /** Sender header, else the author. */
  readonly sender: WorkbenchAddress | null;
  /** To recipients. */
  readonly to: readonly WorkbenchAddress[];
  /** Cc recipients. */
  readonly cc: readonly WorkbenchAddress[];
  /** When the message was created in the mailbox (its Date header), ISO 8601. */
  readonly date: string;
  /** HTML body, or null for a text-only message. */
  readonly html: string | null;
  /** Text body, or null for an HTML-only message. */
  readonly text: string | null;
  /** Attachments in MIME order. */
  readonly attachments: readonly WorkbenchAttachment[];
}

/** An Outlook category (name and preset colour). */
export interface WorkbenchCategory {
  /** Display name. */
  readonly displayName: string;
  /** `Office.MailboxEnums.CategoryColor` value, e.g. `Preset4`. */
  readonly color: string;
}

/** The signed-in mailbox user. */
export interface WorkbenchUserProfile {
  /** Display name. */
  readonly displayName: string;
  /** SMTP address. */
  readonly emailAddress: string;
  /** Windows time-zone name. */
  readonly timeZone: string;
  /** Account type (Mailbox 1.6): `enterprise`, `gmail`, `office365` or `outlookCom`. */
  readonly accountType: string;
}

/** What the host tells a pane or dialog. */
export type WorkbenchHostEvent =
  { readonly kind: 'itemChanged' } | { readonly kind: 'themeChanged' };

/** The outcome of a dialog request, in Office's terms. */
export type DialogOpenOutcome =
  { readonly ok: true } | { readonly ok: false; readonly code: number; readonly message: string };

/** A pane's request to open a dialog. */
export interface DialogRequest {
  /** The pane window asking. */
  readonly pane: Window;
  /** Absolute start URL. */
  readonly url: string;
  /** Width in percent of the screen. */
  readonly widthPercent: number;
  /** Height in percent of the screen. */
  readonly heightPercent: number;
  /** Show Outlook's "wants to display a new window" prompt first (Office's default). */
  readonly promptBeforeOpen: boolean;
  /** Called once: the dialog opened, or why not. */
  readonly opened: (outcome: DialogOpenOutcome) => void;
  /** A message sent by the dialog with `messageParent`. */
  readonly message: (message: string | boolean, origin: string) => void;
  /** A dialog event: 12002 (page could not load), 12006 (closed by the user). */
  readonly event: (code: number) => void;
}

/** The Outlook stand-in's side of the workbench page, published on its window. */
export interface WorkbenchHost {
  /** Highest Mailbox requirement set the workbench reports, e.g. `1.14`. */
  mailboxVersion(): string;
  /** The mailbox user. */
  userProfile(): WorkbenchUserProfile;
  /** The current Office theme. */
  theme(): 'light' | 'dark';
  /** The selected message; null while switching and when nothing is selected. */
  selectedMessage(): WorkbenchMessage | null;
  /** Listens to host events for one pane; returns the function that stops listening. */
  subscribe(pane: Window, listener: (event: WorkbenchHostEvent) => void): () => void;
  /** Roaming settings as loaded when the pane was opened (a reload starts from them again). */
  roamingSnapshot(): string;
  /** Persists the serialized roaming settings (the caller has checked the size limit). */
  saveRoaming(serialized: string): void;
  /** Categories of a message. */
  categories(key: string): readonly WorkbenchCategory[];
  /** Adds categories to a message; returns false when a name is not a master category. */
  addCategories(key: string, names: readonly string[]): boolean;
  /** Removes categories from a message. */
  removeCategories(key: string, names: readonly string[]): void;
  /** Opens a dialog for a pane (Office.context.ui.displayDialogAsync). */
  openDialog(request: DialogRequest): { close(): void };
  /** Delivers a dialog's `messageParent`; false when the window is not an open dialog. */
  messageParent(dialog: Window, message: string | boolean, origin: string): boolean;
}

/** The property of the workbench page's window that holds the {@link WorkbenchHost}. */
export const WORKBENCH_HOST_KEY = 'haloWorkbenchHost';
