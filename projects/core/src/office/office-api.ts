/**
 * The part of Office.js that core uses, written as structural types so that the adapters can be
 * tested against a small fake and so that nothing in core's public types needs `@types/office-js`.
 * The real `Office` global satisfies these shapes (a spec checks it against `@types/office-js`).
 */

/** Office's `AsyncResult`: every `…Async` callback receives one. */
export interface OfficeAsyncResult<T> {
  /** `'succeeded'` or `'failed'`. */
  readonly status: unknown;
  /** The value, when it succeeded. */
  readonly value: T;
  /** The error, when it failed. */
  readonly error?: {
    readonly code: number;
    readonly name: string;
    readonly message: string;
  } | null;
}

/** An Office callback receiving an `AsyncResult`. */
export type OfficeCallback<T> = (result: OfficeAsyncResult<T>) => void;

/** An email address as Office reports it. */
export interface OfficeEmailAddress {
  /** Display name. */
  readonly displayName: string;
  /** SMTP address. */
  readonly emailAddress: string;
}

/** An attachment's metadata as Office reports it. */
export interface OfficeAttachmentDetails {
  /** Attachment id. */
  readonly id: string;
  /** File name. */
  readonly name: string;
  /** MIME type. */
  readonly contentType: string;
  /** Size in bytes. */
  readonly size: number;
  /** True when referenced from the body. */
  readonly isInline: boolean;
  /** `'file'`, `'item'` or `'cloud'`. */
  readonly attachmentType: unknown;
}

/** An attachment's content as Office reports it. */
export interface OfficeAttachmentContent {
  /** The content, in the given format. */
  readonly content: string;
  /** `'base64'`, `'url'`, `'eml'` or `'iCalendar'`. */
  readonly format: unknown;
}

/** The read-mode message item. */
export interface OfficeMessageRead {
  /** EWS item id. */
  readonly itemId: string;
  /** `'message'` or `'appointment'`. */
  readonly itemType: unknown;
  /** Message-ID header. */
  readonly internetMessageId: string;
  /** Conversation id. */
  readonly conversationId: string;
  /** Subject. */
  readonly subject: string;
  /** Author. */
  readonly from: OfficeEmailAddress;
  /** Sender (differs from `from` when sent on behalf). */
  readonly sender: OfficeEmailAddress;
  /** To recipients. */
  readonly to: readonly OfficeEmailAddress[];
  /** Cc recipients. */
  readonly cc: readonly OfficeEmailAddress[];
  /** When the item was created. */
  readonly dateTimeCreated: Date;
  /** Attachment metadata. */
  readonly attachments: readonly OfficeAttachmentDetails[];
  /** The body. */
  readonly body: {
    getAsync(coercionType: unknown, callback: OfficeCallback<string>): void;
  };
  /** Mailbox 1.8. */
  getAllInternetHeadersAsync(callback: OfficeCallback<string>): void;
  /** Mailbox 1.8. */
  getAttachmentContentAsync(
    attachmentId: string,
    callback: OfficeCallback<OfficeAttachmentContent>,
  ): void;
  /** Mailbox 1.14. */
  getAsFileAsync(callback: OfficeCallback<string>): void;
}

/** `Office.context.roamingSettings`. */
export interface OfficeRoamingSettings {
  /** Reads a setting. */
  get(name: string): unknown;
  /** Sets a setting in memory. */
  set(name: string, value: unknown): void;
  /** Removes a setting in memory. */
  remove(name: string): void;
  /** Persists the settings to the mailbox. */
  saveAsync(callback?: OfficeCallback<unknown>): void;
}

/** The dialog object `displayDialogAsync` gives. */
export interface OfficeDialog {
  /** Closes the dialog. */
  close(): void;
  /** Listens to `DialogMessageReceived` / `DialogEventReceived`. */
  addEventHandler(
    eventType: unknown,
    handler: (args: { message: string; origin: string | undefined } | { error: number }) => void,
  ): void;
}

/** `Office.context.officeTheme`: the colours Outlook draws with (hex strings). */
export interface OfficeTheme {
  readonly bodyBackgroundColor?: string;
  readonly bodyForegroundColor?: string;
}

/** The subset of the `Office` global core uses. */
export interface OfficeApi {
  /** Resolves once Office.js is initialised; `host` is null outside Office. */
  onReady(): Promise<{ host: unknown; platform: unknown }>;
  /** Office's enumerations that core passes back to it. */
  readonly EventType: {
    readonly ItemChanged: unknown;
    readonly DialogMessageReceived: unknown;
    readonly DialogEventReceived: unknown;
    /** Present where Outlook reports theme changes (Mailbox 1.14). */
    readonly OfficeThemeChanged?: unknown;
  };
  /** Coercion types for the body. */
  readonly CoercionType: { readonly Html: unknown; readonly Text: unknown };
  /** Outlook's enumerations (the REST id version for `convertToRestId`). */
  readonly MailboxEnums?: { readonly RestVersion?: { readonly v2_0: unknown } };
  /** The running add-in's context. */
  readonly context: {
    /** Outlook's theme colours, where the client reports them. */
    readonly officeTheme?: OfficeTheme;
    readonly requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    readonly roamingSettings: OfficeRoamingSettings;
    readonly mailbox: {
      readonly item: OfficeMessageRead | null | undefined;
      readonly userProfile: { readonly displayName: string; readonly emailAddress: string };
      /** Mailbox 1.3, not on mobile: an item id in the format Microsoft Graph (REST) uses. */
      convertToRestId?(itemId: string, restVersion: unknown): string;
      addHandlerAsync(
        eventType: unknown,
        handler: (args?: unknown) => void,
        callback?: OfficeCallback<unknown>,
      ): void;
    };
    readonly ui: {
      displayDialogAsync(
        startAddress: string,
        options: { height?: number; width?: number; promptBeforeOpen?: boolean },
        callback: OfficeCallback<OfficeDialog>,
      ): void;
      messageParent(message: string, options?: { targetOrigin: string }): void;
    };
  };
}

/** Returns the `Office` global when Office.js is loaded, else null. */
export function officeGlobal(): OfficeApi | null {
  const candidate = (globalThis as { Office?: OfficeApi }).Office;
  return candidate && typeof candidate.onReady === 'function' ? candidate : null;
}
