import { SignalRule } from './email-signal';

const MAIL_SERVER = /^(mailer-daemon|postmaster)$/i;
const NO_REPLY =
  /(^|[-_.])(no[-_.]?reply|do[-_.]?not[-_.]?reply|notifications?|alerts?|monitor(ing)?)($|[-_.])/i;
const BRANDS = [
  'microsoft',
  'office',
  'apple',
  'paypal',
  'dhl',
  'google',
  'netflix',
  'amazon',
  'docusign',
  'wetransfer',
  'hmrc',
];

/**
 * Rules on who sent the email: mail servers and no-reply addresses (machines), a Reply-To on another
 * domain, a display name that borrows a well-known brand the address does not belong to, and a
 * shouting subject (the usual marks of spam and phishing). Weights are set by hand.
 */
export const SENDER_SIGNAL_RULES: readonly SignalRule[] = [
  {
    id: 'mail-server-sender',
    detect: ({ from }) =>
      MAIL_SERVER.test(localPart(from.address))
        ? {
            id: 'mail-server-sender',
            weights: { automated: 3 },
            reason: `sent by a mail server (${localPart(from.address)})`,
          }
        : null,
  },
  {
    id: 'no-reply-sender',
    detect: ({ from }) =>
      NO_REPLY.test(localPart(from.address))
        ? {
            id: 'no-reply-sender',
            weights: { automated: 2 },
            reason: `sent from an address nobody reads (${localPart(from.address)}@)`,
          }
        : null,
  },
  {
    id: 'reply-to-elsewhere',
    detect: ({ from, headers }) => {
      const replyDomain = domainOf(headers['reply-to'] ?? '');
      const fromDomain = domainOf(from.address);
      return replyDomain && fromDomain && replyDomain !== fromDomain
        ? {
            id: 'reply-to-elsewhere',
            weights: { spam: 1.5 },
            reason: `replies go to another domain (${replyDomain}) than the sender's (${fromDomain})`,
          }
        : null;
    },
  },
  {
    id: 'borrowed-brand',
    detect: ({ from }) => {
      const name = from.name.toLowerCase();
      const domain = domainOf(from.address) ?? '';
      const brand = BRANDS.find((b) => new RegExp(`\\b${b}`).test(name) && !domain.includes(b));
      return brand && !MAIL_SERVER.test(localPart(from.address))
        ? {
            id: 'borrowed-brand',
            weights: { spam: 1.5 },
            reason: `the sender's name says "${from.name}" but the address is at ${domain}`,
          }
        : null;
    },
  },
  {
    id: 'shouting-subject',
    detect: ({ subject }) => {
      const letters = subject.replace(/[^\p{L}]/gu, '');
      const capitals = letters.replace(/[^\p{Lu}]/gu, '').length;
      const shouting =
        (subject.match(/!/g) ?? []).length >= 3 ||
        (letters.length >= 12 && capitals / letters.length >= 0.7);
      return shouting
        ? {
            id: 'shouting-subject',
            weights: { spam: 1 },
            reason: 'the subject shouts (capitals, exclamation marks)',
          }
        : null;
    },
  },
];

function localPart(address: string): string {
  return address.split('@')[0] ?? '';
}

function domainOf(address: string): string | null {
  const match = /@([\w.-]+)/.exec(address);
  return match ? match[1].toLowerCase() : null;
}
