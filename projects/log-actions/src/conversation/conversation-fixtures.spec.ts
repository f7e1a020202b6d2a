import { signal } from '@angular/core';
import {
  AppError,
  type ConversationMessage,
  type ConversationSource,
  type MailSnapshot,
} from '@halo-outlook/sdk';
import { aMailSnapshot } from '@halo-outlook/sdk/testing';

const CRLF = '\r\n';

/** Three messages of one thread, as RFC 822 text (what Graph's `$value` returns). */
export const threadEml = {
  first: [
    'From: Alice Carter <alice.carter@contoso-dental.example>',
    'To: MSP Support <support@msp.example>',
    'Subject: VPN drops at the front desk',
    'Date: Mon, 16 Nov 2026 08:00:00 +0000',
    'Message-ID: <vpn-1@contoso-dental.example>',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'The VPN drops every ten minutes <since Friday>.',
  ].join(CRLF),
  second: [
    'From: MSP Support <support@msp.example>',
    'To: Alice Carter <alice.carter@contoso-dental.example>',
    'Subject: RE: VPN drops at the front desk',
    'Date: Mon, 16 Nov 2026 09:30:00 +0000',
    'Message-ID: <vpn-2@msp.example>',
    'In-Reply-To: <vpn-1@contoso-dental.example>',
    'References: <vpn-1@contoso-dental.example>',
    'MIME-Version: 1.0',
    'Content-Type: text/html; charset=utf-8',
    '',
    '<p>Could you send the client log?</p><script>alert(1)</script>',
  ].join(CRLF),
  third: [
    'From: Alice Carter <alice.carter@contoso-dental.example>',
    'To: MSP Support <support@msp.example>',
    'Subject: RE: VPN drops at the front desk',
    'Date: Mon, 16 Nov 2026 10:05:00 +0000',
    'Message-ID: <vpn-3@contoso-dental.example>',
    'In-Reply-To: <vpn-2@msp.example>',
    'References: <vpn-1@contoso-dental.example> <vpn-2@msp.example>',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="outer"',
    '',
    '--outer',
    'Content-Type: multipart/related; boundary="inner"',
    '',
    '--inner',
    'Content-Type: text/html; charset=utf-8',
    '',
    '<p>Here it is.</p><img src="cid:logo@contoso" alt="logo">',
    '--inner',
    'Content-Type: image/png',
    'Content-ID: <logo@contoso>',
    'Content-Transfer-Encoding: base64',
    '',
    'iVBORw0KGgo=',
    '--inner--',
    '--outer',
    'Content-Type: text/plain; name="vpn-client.log"',
    'Content-Disposition: attachment; filename="vpn-client.log"',
    'Content-Transfer-Encoding: base64',
    '',
    'MDg6MDAgZHJvcHBlZAo=',
    '--outer--',
    '',
  ].join(CRLF),
};

/** The open e-mail: the thread's last message, as Outlook describes it. */
export const openEmail: MailSnapshot = aMailSnapshot({
  itemId: 'AAMkA-open',
  internetMessageId: '<vpn-3@contoso-dental.example>',
  conversationId: 'AAQkAHZwbi10aHJlYWQ=',
  subject: 'RE: VPN drops at the front desk',
  from: 'Alice Carter <alice.carter@contoso-dental.example>',
  to: ['MSP Support <support@msp.example>'],
  receivedAt: '2026-11-16T10:05:00.000Z',
});

function entry(id: string, messageId: string, subject: string, at: string): ConversationMessage {
  return {
    id,
    internetMessageId: messageId,
    subject,
    from: { name: 'Alice Carter', address: 'alice.carter@contoso-dental.example' },
    receivedAt: at,
    hasAttachments: false,
  };
}

/** The thread as the source lists it, oldest first. */
export const threadMessages: readonly ConversationMessage[] = [
  entry(
    'm-1',
    '<vpn-1@contoso-dental.example>',
    'VPN drops at the front desk',
    '2026-11-16T08:00:00Z',
  ),
  entry('m-2', '<vpn-2@msp.example>', 'RE: VPN drops at the front desk', '2026-11-16T09:30:00Z'),
  entry(
    'm-3',
    '<vpn-3@contoso-dental.example>',
    'RE: VPN drops at the front desk',
    '2026-11-16T10:05:00Z',
  ),
];

/** A conversation source over {@link threadEml}, recording what it was asked; `fail` breaks one id. */
export class FakeConversationSource implements ConversationSource {
  readonly available = signal(true);
  readonly reads: string[] = [];
  listCalls = 0;
  failing: { id?: string; listing?: boolean } = {};
  private readonly bytes = new Map<string, string>([
    ['m-1', threadEml.first],
    ['m-2', threadEml.second],
    ['m-3', threadEml.third],
  ]);

  async messages(): Promise<readonly ConversationMessage[]> {
    this.listCalls++;
    if (this.failing.listing) throw offline();
    return threadMessages;
  }

  async original(id: string): Promise<Uint8Array> {
    this.reads.push(id);
    if (this.failing.id === id) throw offline();
    const text = this.bytes.get(id);
    if (text === undefined) throw new Error(`no message ${id}`);
    return new TextEncoder().encode(text);
  }
}

function offline(): AppError {
  return new AppError({
    kind: 'offline',
    message: 'Microsoft Graph could not be reached.',
    action: 'Check the connection, then try again.',
  });
}
