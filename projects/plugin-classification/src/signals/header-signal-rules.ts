import { SignalRule } from './email-signal';

const BULK_MAILERS =
  /mailchimp|sendgrid|marketo|eloqua|hubspot|mailgun|campaign|massmailer|constant ?contact/i;
const PERSONAL_MAILERS = /outlook|thunderbird|apple mail|iphone mail|gmail|evolution/i;

/**
 * Rules on the internet headers that mailing lists, monitoring tools, mail servers and spam filters
 * write: `Auto-Submitted`, delivery reports, `Precedence`, `List-Unsubscribe`, `List-Id`, bulk
 * mailer fingerprints, spam verdicts and failed sender authentication. The weights are set by
 * hand, not learned: they encode what the headers mean by standard (RFC 3834, RFC 2369, RFC 3464).
 */
export const HEADER_SIGNAL_RULES: readonly SignalRule[] = [
  {
    id: 'auto-submitted',
    detect: ({ headers }) => {
      const value = headers['auto-submitted'];
      if (!value || value.toLowerCase() === 'no') return null;
      return {
        id: 'auto-submitted',
        weights: { automated: 4 },
        reason: `Auto-Submitted: ${value} header (sent by a machine, not a person)`,
      };
    },
  },
  {
    id: 'delivery-report',
    detect: ({ headers }) =>
      /multipart\/report|delivery-status/i.test(headers['content-type'] ?? '')
        ? {
            id: 'delivery-report',
            weights: { automated: 4 },
            reason: 'a delivery status report (the mail server bounced a message)',
          }
        : null,
  },
  {
    id: 'precedence',
    detect: ({ headers }) => {
      const value = (headers['precedence'] ?? '').toLowerCase();
      if (value === 'junk') {
        return { id: 'precedence', weights: { spam: 2 }, reason: 'Precedence: junk header' };
      }
      if (value === 'bulk' || value === 'list') {
        return {
          id: 'precedence',
          weights: { automated: 2 },
          reason: `Precedence: ${value} header (sent to many recipients at once)`,
        };
      }
      return null;
    },
  },
  {
    id: 'list-unsubscribe',
    detect: ({ headers }) =>
      headers['list-unsubscribe']
        ? {
            id: 'list-unsubscribe',
            weights: { automated: 2, spam: 0.5 },
            reason: 'List-Unsubscribe header present (a mailing list or newsletter)',
          }
        : null,
  },
  {
    id: 'list-id',
    detect: ({ headers }) =>
      headers['list-id']
        ? { id: 'list-id', weights: { automated: 1 }, reason: 'List-Id header present' }
        : null,
  },
  {
    id: 'mailer',
    detect: ({ headers }) => {
      const mailer = headers['x-mailer'] ?? '';
      const bulkHeader = ['x-mc-user', 'x-sg-eid', 'x-campaign', 'feedback-id'].find(
        (h) => h in headers,
      );
      if (BULK_MAILERS.test(mailer) || bulkHeader) {
        return {
          id: 'mailer',
          weights: { automated: 1.5 },
          reason: `sent through a bulk mailer (${mailer || bulkHeader})`,
        };
      }
      if (mailer && !PERSONAL_MAILERS.test(mailer)) {
        return {
          id: 'mailer',
          weights: { automated: 1 },
          reason: `sent by software (X-Mailer: ${mailer})`,
        };
      }
      return null;
    },
  },
  {
    id: 'spam-verdict',
    detect: ({ headers }) => {
      const flag = /^yes/i.test(headers['x-spam-flag'] ?? '') ? 'X-Spam-Flag' : null;
      const status = /^yes/i.test(headers['x-spam-status'] ?? '') ? 'X-Spam-Status' : null;
      const scl = Number(headers['x-ms-exchange-organization-scl'] ?? '-1') >= 5 ? 'SCL' : null;
      const by = flag ?? status ?? scl;
      return by
        ? {
            id: 'spam-verdict',
            weights: { spam: 4 },
            reason: `the receiving mail server marked it as spam (${by})`,
          }
        : null;
    },
  },
  {
    id: 'authentication-failed',
    detect: ({ headers }) => {
      const results = (headers['authentication-results'] ?? '').toLowerCase();
      const failed = ['spf', 'dkim', 'dmarc'].filter((check) =>
        new RegExp(`\\b${check}=(fail|softfail)\\b`).test(results),
      );
      return failed.length
        ? {
            id: 'authentication-failed',
            weights: { spam: 2.5 },
            reason: `the sender's domain failed authentication (${failed.map((f) => f.toUpperCase()).join(', ')})`,
          }
        : null;
    },
  },
];
