import { TestBed } from '@angular/core/testing';
import { deleteDB } from 'idb';
import { AppError } from '../errors/app-error';
import { FETCH } from '../network/fetch-function';
import { DEVICE_DB_NAME, DeviceStore } from '../storage/device-store';
import { ROAMING_BACKEND, RoamingBackend } from '../storage/roaming-backend';
import { TenantConfig } from '../tenant/tenant-config';
import { HaloSession } from './halo-session';
import { TokenService } from './token-service';

const TENANT: TenantConfig = {
  baseUrl: 'https://acme.halopsa.com',
  apiUrl: 'https://acme.halopsa.com/api',
  authUrl: 'https://acme.halopsa.com/auth',
  clientId: 'client-1',
  tenant: 'acme',
};

function memoryRoaming(record: Record<string, unknown>): RoamingBackend {
  return { read: () => ({ ...record }), write: async (r) => void Object.assign(record, r) };
}

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

describe('TokenService', () => {
  let dbName: string;
  let answer: (form: URLSearchParams) => Promise<Response>;
  let tokenCalls: { url: string; form: URLSearchParams }[];

  beforeEach(() => {
    dbName = `token-service-spec-${Math.random()}`;
    tokenCalls = [];
    answer = async () => json({ error: 'server_error' }, 500);
    TestBed.configureTestingModule({
      providers: [
        { provide: DEVICE_DB_NAME, useValue: dbName },
        { provide: ROAMING_BACKEND, useValue: memoryRoaming({ tenant: TENANT }) },
        {
          provide: FETCH,
          useValue: async (url: string, init: RequestInit) => {
            const form = new URLSearchParams(String(init.body));
            tokenCalls.push({ url, form });
            return answer(form);
          },
        },
      ],
    });
  });

  afterEach(async () => {
    await TestBed.inject(DeviceStore).close();
    await deleteDB(dbName);
  });

  async function signedIn(expiresInMs = 3_600_000) {
    const service = TestBed.inject(TokenService);
    await service.establish(TENANT, {
      accessToken: 'access-1',
      refreshToken: 'refresh-1',
      expiresAt: Date.now() + expiresInMs,
      scope: 'all offline_access',
    });
    return service;
  }

  it('is the HaloSession the data layer injects', async () => {
    const service = await signedIn();
    const session = TestBed.inject(HaloSession);
    expect(session).toBe(service);
    expect(session.apiUrl()).toBe('https://acme.halopsa.com/api');
    expect(await session.getAccessToken()).toBe('access-1');
    expect(tokenCalls.length).toBe(0);
  });

  it('refreshes exactly once for 10 concurrent 401s, and every caller gets the new token', async () => {
    const service = await signedIn();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    answer = async () => {
      await gate;
      return json({ access_token: 'access-2', refresh_token: 'refresh-2', expires_in: 3600 });
    };

    const callers = Array.from({ length: 10 }, () => service.refreshAfterRejection('access-1'));
    release();
    expect(await Promise.all(callers)).toEqual(Array(10).fill('access-2'));
    expect(tokenCalls.length).toBe(1);
    expect(Object.fromEntries(tokenCalls[0].form)).toEqual({
      grant_type: 'refresh_token',
      refresh_token: 'refresh-1',
      client_id: 'client-1',
    });
    expect(tokenCalls[0].url).toBe('https://acme.halopsa.com/auth/token?tenant=acme');

    // A request rejected with the old token after the refresh gets the new one, no second refresh.
    expect(await service.refreshAfterRejection('access-1')).toBe('access-2');
    expect(tokenCalls.length).toBe(1);
  });

  it('refreshes ahead of expiry, within the one-minute margin', async () => {
    const service = await signedIn(30_000);
    answer = async () => json({ access_token: 'access-2', expires_in: 3600 });
    expect(await service.getAccessToken()).toBe('access-2');
    expect(tokenCalls.length).toBe(1);
    // Halo did not rotate the refresh token: the old one is kept for next time.
    answer = async (form) =>
      json({ access_token: `after-${form.get('refresh_token')}`, expires_in: 1 });
    expect(await service.refreshAfterRejection('access-2')).toBe('after-refresh-1');
  });

  it('signs out with the reason when Halo refuses the refresh token (revoked)', async () => {
    const service = await signedIn();
    answer = async () =>
      json(
        { error: 'invalid_grant', error_description: 'The refresh token is no longer valid.' },
        400,
      );

    const results = await Promise.allSettled([
      service.refreshAfterRejection('access-1'),
      service.refreshAfterRejection('access-1'),
    ]);
    expect(tokenCalls.length).toBe(1);
    for (const r of results) {
      expect(r.status).toBe('rejected');
      expect((r as PromiseRejectedResult).reason).toEqual(jasmine.any(AppError));
      expect((r as PromiseRejectedResult).reason.kind).toBe('unauthorized');
    }
    const state = service.state();
    expect(state.status).toBe('signed-out');
    expect(state.status === 'signed-out' ? state.reason?.message : '').toBe(
      'Your Halo sign-in has expired or was revoked.',
    );
    expect(state.status === 'signed-out' ? state.reason?.action : '').toBe('Sign in again.');
    expect(await TestBed.inject(DeviceStore).get('secrets', 'tokens')).toBeUndefined();
    await expectAsync(service.getAccessToken()).toBeRejectedWith(
      state.status === 'signed-out' ? state.reason : null,
    );
  });

  it('keeps the session when the refresh fails for a passing reason (Halo down)', async () => {
    const service = await signedIn();
    answer = async () => json({ error: 'server_error' }, 503);
    await expectAsync(service.refreshAfterRejection('access-1')).toBeRejectedWith(
      jasmine.objectContaining({ kind: 'server' }),
    );
    expect(service.state().status).toBe('signed-in');
  });

  it('restores the session from device storage on the next start', async () => {
    await signedIn();
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({
      providers: [
        { provide: DEVICE_DB_NAME, useValue: dbName },
        { provide: ROAMING_BACKEND, useValue: memoryRoaming({ tenant: TENANT }) },
      ],
    });
    const restarted = TestBed.inject(TokenService);
    expect(restarted.state().status).toBe('restoring');
    await restarted.ready();
    expect(restarted.state().status).toBe('signed-in');
    expect(await restarted.getAccessToken()).toBe('access-1');
  });

  it('signing out wipes tokens and caches', async () => {
    const service = await signedIn();
    const device = TestBed.inject(DeviceStore);
    await device.put('cache', 'users:alice', [{ id: 1 }]);
    await device.put('outbox', 'job-1', { kind: 'log' });
    await service.signOut();
    expect(service.state()).toEqual({ status: 'signed-out', reason: null });
    expect(await device.keys('secrets')).toEqual([]);
    expect(await device.keys('cache')).toEqual([]);
    expect(await device.keys('outbox')).toEqual(['job-1']);
  });
});
