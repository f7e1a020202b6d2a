import { ClassifiableEmail } from '../model/classifiable-email';
import { DEFAULT_SIGNAL_RULES } from './default-signal-rules';
import { detectSignals } from './email-signal';

function email(overrides: Partial<ClassifiableEmail>): ClassifiableEmail {
  return {
    from: { name: 'Alice Carter', address: 'alice@contoso.example' },
    subject: 'Printer offline',
    headers: {},
    text: '',
    ...overrides,
  };
}

describe('the default signal rules', () => {
  const cases: [string, Partial<ClassifiableEmail>, string, string][] = [
    [
      'Auto-Submitted',
      { headers: { 'auto-submitted': 'auto-generated' } },
      'automated',
      'Auto-Submitted: auto-generated',
    ],
    [
      'a delivery report',
      { headers: { 'content-type': 'multipart/report; report-type=delivery-status' } },
      'automated',
      'delivery status report',
    ],
    ['Precedence: bulk', { headers: { precedence: 'bulk' } }, 'automated', 'Precedence: bulk'],
    ['Precedence: junk', { headers: { precedence: 'junk' } }, 'spam', 'Precedence: junk'],
    [
      'List-Unsubscribe',
      { headers: { 'list-unsubscribe': '<mailto:u@x.example>' } },
      'automated',
      'List-Unsubscribe header present',
    ],
    [
      'a bulk mailer',
      { headers: { 'x-mailer': 'Mailchimp Mailer' } },
      'automated',
      'bulk mailer (Mailchimp Mailer)',
    ],
    [
      'a spam verdict',
      { headers: { 'x-spam-flag': 'YES' } },
      'spam',
      'marked it as spam (X-Spam-Flag)',
    ],
    [
      'a high Exchange SCL',
      { headers: { 'x-ms-exchange-organization-scl': '7' } },
      'spam',
      '(SCL)',
    ],
    [
      'failed SPF and DMARC',
      { headers: { 'authentication-results': 'spf=fail smtp.mailfrom=x; dmarc=fail' } },
      'spam',
      'failed authentication (SPF, DMARC)',
    ],
    [
      'a mail server sender',
      { from: { name: '', address: 'MAILER-DAEMON@mx.example' } },
      'automated',
      'sent by a mail server',
    ],
    [
      'a no-reply sender',
      { from: { name: 'Azure', address: 'azure-noreply@microsoft.example' } },
      'automated',
      'nobody reads (azure-noreply@)',
    ],
    [
      'a Reply-To elsewhere',
      { headers: { 'reply-to': 'ceo@freemail.example' } },
      'spam',
      'another domain (freemail.example)',
    ],
    [
      'a borrowed brand',
      { from: { name: 'DHL Express', address: 'x@parcel-notify.example' } },
      'spam',
      'says "DHL Express"',
    ],
    [
      'a shouting subject',
      { subject: 'INVOICE OVERDUE ACTION REQUIRED' },
      'spam',
      'subject shouts',
    ],
  ];
  for (const [name, overrides, label, reason] of cases) {
    it(`finds ${name} and weighs it towards ${label}`, () => {
      const signals = detectSignals(email(overrides), DEFAULT_SIGNAL_RULES);
      const signal = signals.find((s) => s.reason.includes(reason));
      expect(signal).withContext(JSON.stringify(signals)).toBeDefined();
      expect(signal?.weights[label as 'spam'] ?? 0).toBeGreaterThan(0);
    });
  }

  it('finds nothing in a plain email from a person', () => {
    expect(
      detectSignals(
        email({ headers: { 'x-mailer': 'Microsoft Outlook 16.0' } }),
        DEFAULT_SIGNAL_RULES,
      ),
    ).toEqual([]);
  });

  it('ignores Auto-Submitted: no and a brand in a mail server bounce', () => {
    const bounce = email({
      from: { name: 'Microsoft Outlook', address: 'postmaster@contoso.example' },
      headers: { 'auto-submitted': 'no' },
    });
    expect(detectSignals(bounce, DEFAULT_SIGNAL_RULES).map((s) => s.id)).toEqual([
      'mail-server-sender',
    ]);
  });
});
