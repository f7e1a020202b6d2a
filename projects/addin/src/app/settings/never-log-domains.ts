import { AppError } from '@halo-outlook/core';

const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/;

/**
 * Reads the never-log domains as an agent types them: one per line or separated by commas or
 * spaces, with or without `@` or `*.` in front, in any case. Returns them lower-cased, without
 * duplicates, in the order typed. Throws an `invalid-input` `AppError` naming every entry that is
 * not a domain, so the agent can correct them (what was typed is kept by the form).
 *
 * @usageNotes
 * ```ts
 * parseNeverLogDomains('@MSP.example, *.partner.example'); // ['msp.example', 'partner.example']
 * ```
 */
export function parseNeverLogDomains(text: string): readonly string[] {
  const entries = text
    .split(/[\s,;]+/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  const domains: string[] = [];
  const invalid: string[] = [];
  for (const entry of entries) {
    const domain = entry.replace(/^\*\./, '').replace(/^@/, '').replace(/\.$/, '').toLowerCase();
    if (!DOMAIN.test(domain)) invalid.push(entry);
    else if (!domains.includes(domain)) domains.push(domain);
  }
  if (invalid.length > 0) {
    const list = invalid.map((entry) => `“${entry}”`).join(', ');
    throw new AppError({
      kind: 'invalid-input',
      message:
        invalid.length === 1
          ? $localize`:@@settings.neverLog.invalidOne:${list}:entries: is not an email domain.`
          : $localize`:@@settings.neverLog.invalidMany:${list}:entries: are not email domains.`,
      action: $localize`:@@settings.neverLog.invalidAction:Write domains like contoso.com, one per line, then save again.`,
      retryable: false,
    });
  }
  return domains;
}
