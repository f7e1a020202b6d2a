import type { OfficeError } from './async-result';

/**
 * The Office errors the stand-in reports. Names, dialog codes (12002–12011) and 9057 (roaming
 * settings too large) are Office's documented values; Microsoft documents no number for
 * `InvalidAttachmentId` or `APICallFailedDueToItemChange`, so code against `error.name` for those.
 */
export const OFFICE_ERRORS = {
  invalidAttachmentId: {
    name: 'InvalidAttachmentId',
    message: 'The attachment identifier does not exist.',
    code: 9040,
  },
  itemChanged: {
    name: 'APICallFailedDueToItemChange',
    message: 'The selected item has been changed.',
    code: 9030,
  },
  settingsTooLarge: {
    name: 'SettingsSizeExceeded',
    message: 'The roaming settings exceed the 32 KB allowed for an add-in and were not saved.',
    code: 9057,
  },
  invalidEventType: {
    name: 'InvalidEventType',
    message: 'The event type is not supported here.',
    code: 5002,
  },
  dialogUntrustedDomain: {
    name: 'Display Dialog Error',
    message:
      "The domain of the URL is not trusted: the dialog's start page must be on the add-in's own origin (protocol, host and port), given as a full URL.",
    code: 12004,
  },
  dialogAlreadyOpen: {
    name: 'Display Dialog Error',
    message: 'A dialog box is already opened from this host window.',
    code: 12007,
  },
  dialogIgnored: {
    name: 'Display Dialog Error',
    message: 'The user chose to ignore the dialog box.',
    code: 12009,
  },
  dialogBlocked: {
    name: 'Display Dialog Error',
    message: 'The dialog box was blocked by the browser (pop-up blocker).',
    code: 12011,
  },
} as const satisfies Record<string, OfficeError>;
