import { TestBed } from '@angular/core/testing';
import { deleteDB } from 'idb';
import {
  DEVICE_DB_NAME,
  DeviceStore,
  FETCH,
  type TenantConfig,
  TenantConfigStore,
  TokenService,
  ɵROAMING_BACKEND as ROAMING_BACKEND,
} from '@halo-outlook/core';
import { AuthDialog, AuthDialogOutcome } from './dialog/auth-dialog';
import { AUTH_MESSAGE_TYPE } from './auth-message';
import { SignInService } from './sign-in-service';

const TENANT: TenantConfig = {
  baseUrl: 'https://acme.halopsa.com',
  apiUrl: 'https://acme.halopsa.com/api',
  authUrl: 'https://acme.halopsa.com/auth',
  clientId: 'client-1',
  tenant: null,
};

describe('SignInService', () => {
  let dbName: string;
  let opened: URL[];
  let reply: (request: string) => AuthDialogOutcome;
  let tokenForms: URLSearchParams[];
  let tokenAnswer: () => Response;

  beforeEach(() => {
    dbName = `sign-in-spec-${Math.random()}`;
    opened = [];
    tokenForms = [];
    tokenAnswer = () =>
      new Response(JSON.stringify({ access_token: 'a-1', refresh_token: 'r-1', expires_in: 3600 }));
    const dialog: AuthDialog = {
      open: async (url: string) => {
        const u = new URL(url);
        opened.push(u);
        return reply(u.searchParams.get('request') ?? '');
      },
    };
    TestBed.configureTestingModule({
      providers: [
        { provide: DEVICE_DB_NAME, useValue: dbName },
        {
          provide: ROAMING_BACKEND,
          useValue: { read: () => ({ tenant: TENANT }), write: async () => undefined },
        },
        { provide: AuthDialog, useValue: dialog },
        {
          provide: FETCH,
          useValue: async (_url: string, init: RequestInit) => {
            tokenForms.push(new URLSearchParams(String(init.body)));
            return tokenAnswer();
          },
        },
      ],
    });
  });

  afterEach(async () => {
    await TestBed.inject(DeviceStore).close();
    await deleteDB(dbName);
  });

  const codeFor = (request: string): AuthDialogOutcome => ({
    kind: 'message',
    message: JSON.stringify({
      type: AUTH_MESSAGE_TYPE,
      request,
      ok: true,
      code: 'code-1',
      codeVerifier: 'verifier-1',
      redirectUri: `${location.origin}/auth/callback.html`,
    }),
  });

  it('opens the same-origin start page and exchanges the code the callback hands back', async () => {
    reply = codeFor;
    const auth = TestBed.inject(SignInService);
    expect(await auth.signIn()).toEqual({ outcome: 'signed-in' });
    expect(TestBed.inject(TokenService).state().status).toBe('signed-in');

    const start = opened[0];
    expect(start.origin + start.pathname).toBe(`${location.origin}/auth/start.html`);
    expect(start.searchParams.get('authorize')).toBe('https://acme.halopsa.com/auth/authorize');
    expect(start.searchParams.get('mode')).toBe('popup');
    expect(Object.fromEntries(tokenForms[0])).toEqual({
      grant_type: 'authorization_code',
      code: 'code-1',
      code_verifier: 'verifier-1',
      redirect_uri: `${location.origin}/auth/callback.html`,
      client_id: 'client-1',
    });
  });

  it('refuses an answer that belongs to another sign-in', async () => {
    reply = () => codeFor('someone-elses-request');
    const result = await TestBed.inject(SignInService).signIn();
    expect(result.outcome).toBe('failed');
    expect(tokenForms).toEqual([]);
  });

  it('reports a closed window as cancelled, not as an error', async () => {
    reply = () => ({ kind: 'cancelled' });
    const auth = TestBed.inject(SignInService);
    expect(await auth.signIn()).toEqual({ outcome: 'cancelled' });
    const tokens = TestBed.inject(TokenService);
    await tokens.ready();
    expect(tokens.state()).toEqual({ status: 'signed-out', reason: null });
  });

  it('says the client id is unknown when Halo answers invalid_client', async () => {
    reply = codeFor;
    tokenAnswer = () => new Response(JSON.stringify({ error: 'invalid_client' }), { status: 400 });
    const result = await TestBed.inject(SignInService).signIn();
    expect(result).toEqual({
      outcome: 'failed',
      error: jasmine.objectContaining({ message: 'Halo does not know the client id “client-1”.' }),
    });
  });

  it('after a sign-in, signing out and forgetting the tenant returns to set-up', async () => {
    reply = codeFor;
    await TestBed.inject(SignInService).signIn();
    const tokens = TestBed.inject(TokenService);
    await tokens.signOut();
    expect(tokens.state()).toEqual({ status: 'signed-out', reason: null });
    await TestBed.inject(TenantConfigStore).clear();
    expect(tokens.state()).toEqual({ status: 'setup' });
  });
});
