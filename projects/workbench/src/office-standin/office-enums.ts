/** `Office.AsyncResultStatus`. */
export const AsyncResultStatus = { Succeeded: 'succeeded', Failed: 'failed' } as const;

/** `Office.EventType`: the values Outlook uses. */
export const EventType = {
  ItemChanged: 'olkItemSelectedChanged',
  OfficeThemeChanged: 'officeThemeChanged',
  DialogMessageReceived: 'dialogMessageReceived',
  DialogEventReceived: 'dialogEventReceived',
  DialogParentMessageReceived: 'dialogParentMessageReceived',
} as const;

/** `Office.CoercionType` (the two a message body supports). */
export const CoercionType = { Html: 'html', Text: 'text' } as const;

/** `Office.HostType` and `Office.PlatformType` (the values `Office.onReady` reports here). */
export const HostType = { Outlook: 'Outlook' } as const;

/** `Office.PlatformType`: the workbench plays Outlook on the web. */
export const PlatformType = { OfficeOnline: 'OfficeOnline', PC: 'PC', Mac: 'Mac' } as const;

/** `Office.InitializationReason`. */
export const InitializationReason = { Inserted: 'inserted', DocumentOpened: 'documentOpened' };

/** `Office.MailboxEnums`: the members a read-mode add-in uses. */
export const MailboxEnums = {
  AttachmentContentFormat: { Base64: 'base64', Url: 'url', Eml: 'eml', ICalendar: 'iCalendar' },
  AttachmentType: { File: 'file', Item: 'item', Cloud: 'cloud' },
  ItemType: { Message: 'message', Appointment: 'appointment' },
  RecipientType: {
    User: 'user',
    ExternalUser: 'externalUser',
    DistributionList: 'distributionList',
    Other: 'other',
  },
  ResponseType: {
    None: 'none',
    Organizer: 'organizer',
    Tentative: 'tentative',
    Accepted: 'accepted',
    Declined: 'declined',
  },
  RestVersion: { v1_0: 'v1.0', v2_0: 'v2.0', Beta: 'beta' },
  CategoryColor: Object.fromEntries(
    Array.from({ length: 26 }, (_, i) => [`Preset${i}`, `Preset${i}`]).concat([['None', 'None']]),
  ),
} as const;
