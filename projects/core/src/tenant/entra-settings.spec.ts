import { DEFAULT_ENTRA_AUTHORITY, DEFAULT_GRAPH_URL, readEntraSettings } from './entra-settings';
import { ManagedConfig } from './tenant-config';

const APP_ID = '0f6b7a52-3c5e-4d0b-9a51-7c1f1c2e9d10';
const managed = (fields: Omit<ManagedConfig, 'sources'>): ManagedConfig => ({
  ...fields,
  sources: {},
});

describe('readEntraSettings', () => {
  it('is off when the organisation names no Entra app', () => {
    expect(readEntraSettings(null)).toBeNull();
    expect(readEntraSettings(managed({ haloUrl: 'https://acme.halopsa.com' }))).toBeNull();
  });

  it('fills in any work or school account and Microsoft Graph when only the client id is set', () => {
    expect(readEntraSettings(managed({ entraClientId: APP_ID }))).toEqual({
      clientId: APP_ID,
      authority: DEFAULT_ENTRA_AUTHORITY,
      authorityKind: 'entra',
      graphUrl: DEFAULT_GRAPH_URL,
    });
    expect(DEFAULT_ENTRA_AUTHORITY).toBe('https://login.microsoftonline.com/organizations');
    expect(DEFAULT_GRAPH_URL).toBe('https://graph.microsoft.com/v1.0');
  });

  it('keeps a single-tenant or sovereign authority and Graph, without trailing slashes', () => {
    const settings = readEntraSettings(
      managed({
        entraClientId: APP_ID,
        entraAuthority: 'https://login.microsoftonline.us/72f988bf-86f1-41af-91ab-2d7cd011db47/',
        graphUrl: 'https://graph.microsoft.us/v1.0/',
      }),
    );
    expect(settings?.authority).toBe(
      'https://login.microsoftonline.us/72f988bf-86f1-41af-91ab-2d7cd011db47',
    );
    expect(settings?.authorityKind).toBe('entra');
    expect(settings?.graphUrl).toBe('https://graph.microsoft.us/v1.0');
  });

  it('treats any other https authority as OpenID Connect, where client ids need not be GUIDs', () => {
    const settings = readEntraSettings(
      managed({ entraClientId: 'halo-outlook-test', entraAuthority: 'https://127.0.0.1:4320/' }),
    );
    expect(settings?.authorityKind).toBe('oidc');
    expect(settings?.clientId).toBe('halo-outlook-test');
  });

  it('says which field is wrong and how to correct it', () => {
    const problem = (fields: Omit<ManagedConfig, 'sources'>) => {
      try {
        readEntraSettings(managed(fields));
      } catch (error) {
        return error;
      }
      return null;
    };
    expect(problem({ entraClientId: 'not-a-guid' })).toEqual(
      jasmine.objectContaining({
        kind: 'invalid-input',
        message: 'The organisation’s Entra client id “not-a-guid” is not an application id.',
        action: jasmine.stringMatching(/Application \(client\) ID of the Entra app/),
      }),
    );
    expect(problem({ entraClientId: APP_ID, entraAuthority: 'http://login.example' })).toEqual(
      jasmine.objectContaining({
        message:
          'The organisation’s entraAuthority “http://login.example” is not an https address without a query.',
        action: jasmine.stringMatching(/correct entraAuthority/),
      }),
    );
    expect(problem({ entraClientId: APP_ID, graphUrl: 'graph.microsoft.com' })).toEqual(
      jasmine.objectContaining({ action: jasmine.stringMatching(/correct graphUrl/) }),
    );
    expect(problem({ graphUrl: DEFAULT_GRAPH_URL })).toEqual(
      jasmine.objectContaining({ action: jasmine.stringMatching(/add entraClientId/) }),
    );
  });
});
