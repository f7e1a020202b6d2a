import { emailDomain } from './email-domain';
import { withoutPlusTag } from './without-plus-tag';

describe('emailDomain', () => {
  it('gives the domain in lower case', () => {
    expect(emailDomain('Alice@Contoso-Dental.example')).toBe('contoso-dental.example');
  });

  it('gives null for an address without a domain', () => {
    expect(emailDomain('alice')).toBeNull();
    expect(emailDomain('alice@')).toBeNull();
  });
});

describe('withoutPlusTag', () => {
  it('removes the plus tag', () => {
    expect(withoutPlusTag('Alice+Billing@contoso.example')).toBe('alice@contoso.example');
  });

  it('gives null when there is no plus tag to remove', () => {
    expect(withoutPlusTag('alice@contoso.example')).toBeNull();
    expect(withoutPlusTag('+@contoso.example')).toBeNull();
  });
});
