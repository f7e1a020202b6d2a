import { AppError, type MailSnapshot, type MergedCandidate } from '@halo-outlook/sdk';
import {
  aHaloAction,
  aHaloClient,
  aHaloOutcome,
  aHaloTicket,
  aHaloUser,
  aMailSnapshot,
  type HaloFixtures,
  type MailContentFixture,
} from '@halo-outlook/sdk/testing';

/** A customer's reply on ticket 1042's thread, with a PDF, a screenshot and an inline logo. */
export const reply: MailSnapshot = aMailSnapshot({
  itemId: 'item-reply',
  internetMessageId: '<reply-7@contoso-dental.example>',
  inReplyTo: '<halo-1042-3@msp.example>',
  references: ['<thread-1042@contoso-dental.example>', '<halo-1042-3@msp.example>'],
  conversationId: 'AAQkAGNvbnYtMTA0Mg==',
  subject: 'RE: Printer offline in reception [ID: 1042]',
  from: 'Alice Carter <alice.carter@contoso-dental.example>',
  to: ['MSP Support <support@msp.example>'],
  cc: ['bob.singh@contoso-dental.example'],
  receivedAt: '2026-11-20T09:15:00.000Z',
  attachments: [
    {
      id: 'att-pdf',
      name: 'error-log.pdf',
      contentType: 'application/pdf',
      size: 3,
      isInline: false,
      kind: 'file',
    },
    {
      id: 'att-png',
      name: 'screen.png',
      contentType: 'image/png',
      size: 3,
      isInline: false,
      kind: 'file',
    },
    {
      id: 'att-logo',
      name: 'image001.png',
      contentType: 'image/png',
      size: 3,
      isInline: true,
      kind: 'file',
      contentId: 'image001.png@01DA1C2B',
    },
  ],
});

/** Its content as Outlook gives it: a hostile bit, the inline logo, quoted history. */
export const replyContent: MailContentFixture = {
  html:
    '<p>It is offline again.</p><img src="cid:image001.png@01DA1C2B" alt="logo"><script>top.__xss?.()</script>' +
    '<div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>From:</b> MSP Support</div><p>Earlier text</p>',
  attachments: { 'att-pdf': 'JVBERi0=', 'att-png': 'iVBORw0=', 'att-logo': 'iVBORw1=' },
  original: 'RnJvbTog',
};

/** Ticket 1042 in Halo, with Alice and Contoso Dental. */
export function contosoHalo(extra: HaloFixtures = {}): HaloFixtures {
  return {
    users: [
      aHaloUser({
        id: 1,
        name: 'Alice Carter',
        email: 'alice.carter@contoso-dental.example',
        clientId: 1,
      }),
    ],
    clients: [aHaloClient({ id: 1, name: 'Contoso Dental' })],
    tickets: [
      aHaloTicket({ id: 1042, summary: 'Printer offline in reception', clientId: 1, userId: 1 }),
    ],
    outcomes: [
      aHaloOutcome({ id: 3, name: 'Inbound E-mail' }),
      aHaloOutcome({ id: 21, name: 'Logged from Outlook', hiddenFromUser: true }),
    ],
    fieldInfo: [
      {
        id: 202,
        name: 'CFOutlookInternetMessageId',
        label: 'Message-ID',
        type: 0,
        typeId: 1,
        inputType: 0,
        searchable: false,
      },
    ],
    ...extra,
  };
}

/** An action already holding `messageId` on `ticketId`. */
export function loggedAction(ticketId: number, messageId: string) {
  return aHaloAction({ id: 500, ticketId, internetMessageId: messageId, emailSubject: 'x' });
}

/** A merged ticket candidate, as the pane's picture holds it. */
export function ticketCandidate(id: number, label: string): MergedCandidate {
  return {
    kind: 'ticket',
    id,
    label: `#${id} ${label}`,
    confidence: 0.95,
    reason: 'thread',
    reasons: ['thread'],
    sources: ['halo.thread-by-message-id'],
    relation: 'thread',
  };
}

/** Halo unreachable: nothing was written. */
export const offline = new AppError({
  kind: 'offline',
  message: 'You are offline.',
  action: 'Reconnect.',
});

/** An answer lost on the way back (a CORS refusal of the answer): the write may have been done. */
export const dropped = new AppError({
  kind: 'cors',
  message: 'Halo did not let this add-in read its answer.',
  action: 'Check the CORS list.',
});
