import { discoverTenant } from './tenant-discovery';
import { normalizeTenantUrl } from './tenant-url';

const realFetch: typeof fetch = (input, init) => fetch(input, init);

describe('discoverTenant', () => {
  it('reads the auth server and tenant from /api/authinfo', async () => {
    const seen: string[] = [];
    const fakeHalo: typeof fetch = async (url) => {
      seen.push(String(url));
      return new Response(
        JSON.stringify({ auth_url: 'https://auth.haloservicedesk.com/', tenant_id: 'acme' }),
        { headers: { 'Content-Type': 'application/json' } },
      );
    };
    const found = await discoverTenant(normalizeTenantUrl('acme.halopsa.com'), fakeHalo);
    expect(seen).toEqual(['https://acme.halopsa.com/api/authinfo']);
    expect(found).toEqual({ authUrl: 'https://auth.haloservicedesk.com', tenantId: 'acme' });
  });

  it('falls back to <base>/auth when authinfo names no usable auth server', async () => {
    const answer: typeof fetch = async () =>
      new Response(JSON.stringify({ auth_url: 'http://insecure.example/auth' }));
    expect(await discoverTenant(normalizeTenantUrl('acme.halopsa.com'), answer)).toEqual({
      authUrl: 'https://acme.halopsa.com/auth',
      tenantId: null,
    });
  });

  it('says “not a Halo instance” for a real 404 from a web server that is not Halo', async () => {
    const urls = normalizeTenantUrl(`${location.origin}/not-halo/api`);
    await expectAsync(discoverTenant(urls, realFetch)).toBeRejectedWith(
      jasmine.objectContaining({
        kind: 'not-found',
        message: `No Halo answered at ${location.origin}/not-halo.`,
      }),
    );
  });

  it('says “not a Halo instance” for an HTML page', async () => {
    const html: typeof fetch = async () =>
      new Response('<html>Welcome</html>', { headers: { 'Content-Type': 'text/html' } });
    await expectAsync(discoverTenant(normalizeTenantUrl('example.com'), html)).toBeRejectedWith(
      jasmine.objectContaining({ kind: 'not-found' }),
    );
  });

  it('recognises a real CORS refusal and names this origin and where to add it', async () => {
    // The test server answers on both localhost and 127.0.0.1: the other name is another origin
    // that sends no CORS headers, exactly like a Halo whose API application does not list us.
    const other = location.origin.includes('localhost')
      ? location.origin.replace('localhost', '127.0.0.1')
      : location.origin.replace('127.0.0.1', 'localhost');
    const urls = normalizeTenantUrl(`${other}/base/api`);
    let error: { kind?: string; message?: string; action?: string } = {};
    await discoverTenant(urls, realFetch).catch((e) => (error = e));
    expect(error.kind).toBe('cors');
    expect(error.action).toBe(
      `Ask your Halo administrator to add ${location.origin} to the CORS list of the Halo API application (Configuration > Integrations > Halo API > your application).`,
    );
  });

  it('says the server could not be reached when nothing answers', async () => {
    const urls = normalizeTenantUrl('http://127.0.0.1:9/api');
    await expectAsync(discoverTenant(urls, realFetch)).toBeRejectedWith(
      jasmine.objectContaining({ kind: 'offline', message: '127.0.0.1:9 could not be reached.' }),
    );
  });
});
