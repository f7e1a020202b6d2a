import { EnvironmentInjector } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideHttpClient } from '@angular/common/http';
import {
  BrowserCacheLocation,
  ProtocolMode,
  type Configuration,
  type IPublicClientApplication,
} from '@azure/msal-browser';
import { HostRequirements } from '@halo-outlook/core';
import { GraphClient } from '../graph/graph-client';
import { loadEntra } from '../provide/load-entra';
import { ENTRA_PREFERENCES } from '../session/sign-out-memory';
import { FakePca, REDIRECT_URI, SETTINGS, memoryStorage } from '../testing/fake-msal.spec';
import { createEntraClient } from './create-entra-client';
import { msalConfiguration } from './msal-configuration';
import type { MsalFactories } from './msal-factories';

/** Factories that record which one was used and with what configuration. */
function recordingFactories(pca: FakePca) {
  const made: { kind: 'nestable' | 'standard'; configuration: Configuration }[] = [];
  const factories: MsalFactories = {
    nestable: async (configuration) => {
      made.push({ kind: 'nestable', configuration });
      return pca.asPca();
    },
    standard: async (configuration) => {
      made.push({ kind: 'standard', configuration });
      return pca.asPca();
    },
  };
  return { factories, made };
}

describe('createEntraClient', () => {
  it('signs in through Outlook when it supports Nested App Authentication', async () => {
    const pca = new FakePca();
    const { factories, made } = recordingFactories(pca);
    const client = await createEntraClient(SETTINGS, {
      nestedAppAuth: true,
      redirectUri: REDIRECT_URI,
      factories,
    });
    expect(client.mode).toBe('nested');
    expect(client.pca).toBe(pca.asPca());
    expect(made.map((m) => m.kind)).toEqual(['nestable']);
  });

  it('uses pop-up windows outside Outlook or where Outlook cannot nest the sign-in', async () => {
    const { factories, made } = recordingFactories(new FakePca());
    const client = await createEntraClient(SETTINGS, {
      nestedAppAuth: false,
      redirectUri: REDIRECT_URI,
      factories,
    });
    expect(client.mode).toBe('popup');
    expect(made.map((m) => m.kind)).toEqual(['standard']);
    expect(made[0].configuration.auth.redirectUri).toBe(REDIRECT_URI);
  });

  it('waits for the nestable client, which MSAL only gives as a promise', async () => {
    let resolve: (pca: IPublicClientApplication) => void = () => undefined;
    const pca = new FakePca();
    const pending = createEntraClient(SETTINGS, {
      nestedAppAuth: true,
      redirectUri: REDIRECT_URI,
      factories: {
        nestable: () => new Promise((r) => (resolve = r)),
        standard: () => Promise.reject(new Error('not this one')),
      },
    });
    let settled = false;
    void pending.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBeFalse();
    resolve(pca.asPca());
    expect((await pending).pca).toBe(pca.asPca());
  });
});

describe('msalConfiguration', () => {
  it('uses Entra’s protocol for Microsoft’s authority and keeps tokens across pane reopenings', () => {
    const configuration = msalConfiguration(SETTINGS, REDIRECT_URI);
    expect(configuration.auth).toEqual(
      jasmine.objectContaining({
        clientId: SETTINGS.clientId,
        authority: 'https://login.microsoftonline.com/organizations',
        knownAuthorities: [],
        redirectUri: REDIRECT_URI,
      }),
    );
    expect(configuration.system?.protocolMode).toBe(ProtocolMode.AAD);
    expect(configuration.cache?.cacheLocation).toBe(BrowserCacheLocation.LocalStorage);
  });

  it('uses the OpenID Connect protocol, with the host as known authority, for another authority', () => {
    const configuration = msalConfiguration(
      { ...SETTINGS, authority: 'https://127.0.0.1:4320/oidc', authorityKind: 'oidc' },
      REDIRECT_URI,
    );
    expect(configuration.system?.protocolMode).toBe(ProtocolMode.OIDC);
    expect(configuration.auth.knownAuthorities).toEqual(['127.0.0.1:4320']);
  });

  it('sends MSAL’s warnings to the diagnostics trail, never personal data', () => {
    const entries: string[] = [];
    const log = {
      record: (_s: string, level: string, message: string) => entries.push(`${level} ${message}`),
    };
    const callback = msalConfiguration(SETTINGS, REDIRECT_URI, log).system?.loggerOptions
      ?.loggerCallback;
    callback?.(1, 'authority metadata slow', false);
    callback?.(1, 'user alex@contoso.example', true);
    expect(entries).toEqual(['warn authority metadata slow']);
  });
});

describe('loadEntra', () => {
  function load(nestedAppAuth: boolean) {
    const pca = new FakePca();
    const { factories, made } = recordingFactories(pca);
    const asked: string[] = [];
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        { provide: ENTRA_PREFERENCES, useValue: memoryStorage() },
        {
          provide: HostRequirements,
          useValue: {
            isSetSupported: (name: string, version: string) => {
              asked.push(`${name} ${version}`);
              return nestedAppAuth;
            },
          },
        },
      ],
    });
    const parent = TestBed.inject(EnvironmentInjector);
    return {
      made,
      asked,
      parent,
      loaded: loadEntra({ settings: SETTINGS, redirectUri: REDIRECT_URI, parent, factories }),
    };
  }

  it('asks Outlook for NestedAppAuth 1.1 and picks the client by its answer', async () => {
    const nested = load(true);
    const services = await nested.loaded;
    expect(nested.asked).toEqual(['NestedAppAuth 1.1']);
    expect(nested.made.map((m) => m.kind)).toEqual(['nestable']);
    expect(services.session.mode).toBe('nested');

    TestBed.resetTestingModule();
    const popup = load(false);
    expect((await popup.loaded).session.mode).toBe('popup');
    expect(popup.made.map((m) => m.kind)).toEqual(['standard']);
  });

  it('gives the session and the Graph client from a child injector of the app', async () => {
    const { loaded, parent } = load(false);
    const services = await loaded;
    expect(services.injector.get(EnvironmentInjector)).toBe(services.injector);
    expect(services.injector).not.toBe(parent);
    expect(services.session.state()).toEqual({ status: 'signed-out' });
    expect(services.graph).toBeInstanceOf(GraphClient);
  });
});
