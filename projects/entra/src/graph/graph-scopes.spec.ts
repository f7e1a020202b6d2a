import { SETTINGS } from '../testing/fake-msal.spec';
import { requestScope } from './graph-scopes';

describe('requestScope', () => {
  it('asks the global Graph and a test authority by short name', () => {
    expect(requestScope(SETTINGS, 'Mail.Read')).toBe('Mail.Read');
    expect(
      requestScope(
        { ...SETTINGS, authorityKind: 'oidc', graphUrl: 'https://127.0.0.1:4320/graph/v1.0' },
        'Mail.Read',
      ),
    ).toBe('Mail.Read');
  });

  it('names a national cloud’s Graph, and keeps full scopes', () => {
    const us = { ...SETTINGS, graphUrl: 'https://graph.microsoft.us/v1.0' };
    expect(requestScope(us, 'Mail.Read')).toBe('https://graph.microsoft.us/Mail.Read');
    expect(requestScope(us, 'api://halo/access')).toBe('api://halo/access');
  });
});
