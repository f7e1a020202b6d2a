import {
  mergeManagedConfig,
  pickDomainConfig,
  pickTenantConfig,
  readStartUrlConfig,
} from './managed-config';

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

  it('reads the Microsoft Entra fields from the start URL and the hosted file', () => {
    expect(
      readStartUrlConfig(
        'https://addin.example/index.html?entraClientId=0f6b7a52-3c5e-4d0b-9a51-7c1f1c2e9d10&graphUrl=https%3A%2F%2Fgraph.microsoft.us%2Fv1.0',
      ),
    ).toEqual({
      entraClientId: '0f6b7a52-3c5e-4d0b-9a51-7c1f1c2e9d10',
      graphUrl: 'https://graph.microsoft.us/v1.0',
    });
    expect(
      pickDomainConfig(
        { domains: { 'contoso.com': { entraClientId: ' app-1 ', entraAuthority: 7 } } },
        'ann@contoso.com',
      ),
    ).toEqual({ entraClientId: 'app-1' });
  });

  const TENANT_ID = '72f988bf-86f1-41af-91ab-2d7cd011db47';
  const withTenants = {
    ...hosted,
    tenants: {
      [TENANT_ID.toUpperCase()]: { haloUrl: 'https://by-tenant.halopsa.com', tenant: 'contoso' },
      other: 'not an object',
    },
  };

  it('picks the hosted entry for the agent’s Entra tenant id, in any case', () => {
    expect(pickTenantConfig(withTenants, TENANT_ID)).toEqual({
      haloUrl: 'https://by-tenant.halopsa.com',
      tenant: 'contoso',
    });
    expect(pickTenantConfig(withTenants, 'other')).toEqual({});
    expect(pickTenantConfig(withTenants, null)).toEqual({});
    expect(pickTenantConfig(hosted, TENANT_ID)).toEqual({});
  });

  it('ranks the start URL over the Entra tenant’s entry over the email domain’s entry', () => {
    expect(
      mergeManagedConfig(
        { clientId: 'from-manifest' },
        { haloUrl: 'https://by-domain.halopsa.com', clientId: 'by-domain', tenant: 'dom' },
        { haloUrl: 'https://by-tenant.halopsa.com', clientId: 'by-tenant' },
      ),
    ).toEqual({
      haloUrl: 'https://by-tenant.halopsa.com',
      clientId: 'from-manifest',
      tenant: 'dom',
      sources: { haloUrl: 'hosted-tenant', clientId: 'start-url', tenant: 'hosted' },
    });
  });
});
