import { TestBed } from '@angular/core/testing';
import { browserHost, HOST_CONTEXT } from '../host/host-context';
import { FETCH } from '../network/fetch-function';
import { ROAMING_BACKEND } from '../storage/roaming-backend';
import { TenantConfigStore } from './tenant-config-store';

const TENANT_ID = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const APP_ID = '0f6b7a52-3c5e-4d0b-9a51-7c1f1c2e9d10';

describe('TenantConfigStore and the organisation’s Entra settings', () => {
  let requested: string[];
  let hosted: unknown;

  function store(startQuery: string): TenantConfigStore {
    requested = [];
    const json = (body: unknown, status = 200) =>
      new Response(JSON.stringify(body), {
        status,
        headers: { 'Content-Type': 'application/json' },
      });
    TestBed.configureTestingModule({
      providers: [
        {
          provide: HOST_CONTEXT,
          useValue: browserHost(`https://addin.example/index.html?${startQuery}`),
        },
        { provide: ROAMING_BACKEND, useValue: { read: () => ({}), write: async () => undefined } },
        {
          provide: FETCH,
          useValue: async (url: string) => {
            requested.push(url);
            if (url.endsWith('/config.json')) return hosted === null ? json({}, 404) : json(hosted);
            if (url.endsWith('/api/authinfo')) return json({});
            if (url.includes('/auth/token')) return json({ error: 'invalid_grant' }, 400);
            return json({}, 404);
          },
        },
      ],
    });
    return TestBed.inject(TenantConfigStore);
  }

  it('reads the Entra settings from the start URL, with their defaults', async () => {
    hosted = null;
    const tenant = store(`entraClientId=${APP_ID}`);
    await tenant.load();
    expect(tenant.entra()).toEqual(
      jasmine.objectContaining({ clientId: APP_ID, graphUrl: 'https://graph.microsoft.com/v1.0' }),
    );
    expect(tenant.entraProblem()).toBeNull();
  });

  it('keeps the Entra features off and says why when the settings are wrong', async () => {
    hosted = null;
    const tenant = store('entraClientId=not-an-app');
    await tenant.load();
    expect(tenant.entra()).toBeNull();
    expect(tenant.entraProblem()?.message).toContain('“not-an-app” is not an application id');
  });

  it('applies the hosted entry for the agent’s Entra tenant once signed in with Microsoft', async () => {
    hosted = {
      tenants: {
        [TENANT_ID]: {
          haloUrl: 'https://by-tenant.halopsa.com',
          clientId: 'halo-app',
          graphUrl: 'https://graph.microsoft.us/v1.0',
        },
      },
    };
    const tenant = store(`entraClientId=${APP_ID}`);
    await tenant.load();
    expect(tenant.config()).toBeNull();
    expect(requested).toEqual([]); // no mailbox user: the domain lookup does not read the file

    await tenant.applyEntraTenant(TENANT_ID);
    expect(tenant.managed()?.sources).toEqual({
      entraClientId: 'start-url',
      haloUrl: 'hosted-tenant',
      clientId: 'hosted-tenant',
      graphUrl: 'hosted-tenant',
    });
    expect(tenant.entra()?.graphUrl).toBe('https://graph.microsoft.us/v1.0');
    expect(tenant.config()).toEqual(
      jasmine.objectContaining({ baseUrl: 'https://by-tenant.halopsa.com', clientId: 'halo-app' }),
    );
    expect(tenant.locked().has('haloUrl')).toBeTrue();

    const reads = requested.filter((url) => url.endsWith('/config.json')).length;
    await tenant.applyEntraTenant(TENANT_ID);
    expect(requested.filter((url) => url.endsWith('/config.json')).length).toBe(reads);
  });

  it('changes nothing for a tenant the hosted file does not list', async () => {
    hosted = { tenants: {} };
    const tenant = store(`entraClientId=${APP_ID}`);
    await tenant.load();
    const before = tenant.managed();
    await tenant.applyEntraTenant(TENANT_ID);
    expect(tenant.managed()).toBe(before);
    expect(tenant.config()).toBeNull();
  });
});
