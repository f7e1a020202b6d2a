import { mergeManagedConfig, pickDomainConfig, readStartUrlConfig } from './managed-config';

describe('managed config', () => {
  it('reads haloUrl, clientId and tenant from the start URL the manifest generator writes', () => {
    expect(
      readStartUrlConfig(
        'https://addin.example/index.html?haloUrl=https%3A%2F%2Facme.halopsa.com&clientId=abc&tenant=acme&_host_Info=x',
      ),
    ).toEqual({ haloUrl: 'https://acme.halopsa.com', clientId: 'abc', tenant: 'acme' });
    expect(readStartUrlConfig('https://addin.example/index.html')).toEqual({});
  });

  const hosted = {
    domains: {
      'Contoso.com': { haloUrl: 'https://contoso.halopsa.com', clientId: 'c-1' },
      'fabrikam.example': { haloUrl: 'https://fab.halopsa.com' },
    },
  };

  it('picks the hosted entry for the user’s email domain, falling back to the parent domain', () => {
    expect(pickDomainConfig(hosted, 'ann@contoso.com')).toEqual({
      haloUrl: 'https://contoso.halopsa.com',
      clientId: 'c-1',
    });
    expect(pickDomainConfig(hosted, 'ann@uk.CONTOSO.com').clientId).toBe('c-1');
    expect(pickDomainConfig(hosted, 'ann@other.example')).toEqual({});
    expect(pickDomainConfig({ nonsense: true }, 'ann@contoso.com')).toEqual({});
  });

  it('lets the start URL win over the hosted file, field by field, and says where each came from', () => {
    expect(
      mergeManagedConfig(
        { haloUrl: 'https://from-manifest.halopsa.com' },
        { haloUrl: 'https://hosted.halopsa.com', clientId: 'hosted-id' },
      ),
    ).toEqual({
      haloUrl: 'https://from-manifest.halopsa.com',
      clientId: 'hosted-id',
      sources: { haloUrl: 'start-url', clientId: 'hosted' },
    });
    expect(mergeManagedConfig({}, {})).toBeNull();
  });
});
