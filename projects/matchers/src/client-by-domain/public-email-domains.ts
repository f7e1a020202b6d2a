/**
 * E-mail domains anyone can sign up to: a sender at one of them says nothing about their employer,
 * so the client-by-domain matcher never infers a client from them.
 */
export const PUBLIC_EMAIL_DOMAINS: readonly string[] = Object.freeze([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'hotmail.co.uk',
  'live.com',
  'msn.com',
  'yahoo.com',
  'yahoo.co.uk',
  'ymail.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'gmx.com',
  'gmx.de',
  'web.de',
  'mail.com',
  'zoho.com',
  'yandex.com',
  'fastmail.com',
  'btinternet.com',
  'sky.com',
]);

/**
 * The public domains of the development tenant (the Halo simulator's `.example` names). Add them in
 * development and test configurations only:
 * `clientByDomainMatcher({ publicDomains: [...PUBLIC_EMAIL_DOMAINS, ...EXAMPLE_PUBLIC_EMAIL_DOMAINS] })`.
 */
export const EXAMPLE_PUBLIC_EMAIL_DOMAINS: readonly string[] = Object.freeze([
  'gmail.example',
  'outlook.example',
  'hotmail.example',
  'yahoo.example',
]);
