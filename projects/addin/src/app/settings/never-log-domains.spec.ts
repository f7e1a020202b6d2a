import { isAppError } from '@halo-outlook/core';
import { parseNeverLogDomains } from './never-log-domains';

describe('parseNeverLogDomains', () => {
  it('reads domains typed one per line, with commas, @ or *. in front, in any case', () => {
    expect(parseNeverLogDomains('@MSP.example\n*.partner.example, bank.example;\n\n')).toEqual([
      'msp.example',
      'partner.example',
      'bank.example',
    ]);
  });

  it('drops duplicates and blank input', () => {
    expect(parseNeverLogDomains('a.example A.EXAMPLE @a.example')).toEqual(['a.example']);
    expect(parseNeverLogDomains('  \n ')).toEqual([]);
  });

  it('names every entry that is not a domain, and says what to write', () => {
    let error: unknown;
    try {
      parseNeverLogDomains('good.example, not a domain, alice@, http://x.example');
    } catch (e) {
      error = e;
    }
    expect(isAppError(error)).toBeTrue();
    if (!isAppError(error)) return;
    expect(error.kind).toBe('invalid-input');
    expect(error.message).toContain('“not”');
    expect(error.message).toContain('“alice@”');
    expect(error.message).toContain('“http://x.example”');
    expect(error.message).not.toContain('good.example');
    expect(error.action).toContain('contoso.com');
  });
});
