import { TestBed } from '@angular/core/testing';
import { EntraSession } from './entra-session';
import {
  ALEX,
  FakePca,
  TENANT_ID,
  configureEntra,
  memoryStorage,
  msalErrors,
  tokenFor,
} from '../testing/fake-msal.spec';

describe('EntraSession', () => {
  let pca: FakePca;

  beforeEach(() => (pca = new FakePca()));

  function session(mode: 'popup' | 'nested', storage = memoryStorage()): EntraSession {
    configureEntra(pca, mode, storage);
    return TestBed.inject(EntraSession);
  }

  describe('with pop-ups', () => {
    it('starts signed out, and signs in with Microsoft’s account picker in a pop-up', async () => {
      const entra = session('popup');
      await entra.restore();
      expect(entra.state()).toEqual({ status: 'signed-out' });

      const signingIn = entra.signIn();
      expect(entra.state().status).toBe('signing-in');
      await signingIn;

      expect(pca.calls).toEqual(['login User.Read prompt=select_account']);
      expect(entra.state()).toEqual({
        status: 'signed-in',
        account: {
          username: 'alex@contoso.example',
          name: 'Alex Morgan',
          tenantId: TENANT_ID,
          homeAccountId: ALEX.homeAccountId,
        },
      });
      expect(entra.account()?.tenantId).toBe(TENANT_ID);
      expect(pca.active).toEqual(ALEX);
      expect(entra.consent()).toEqual({ 'User.Read': 'granted' });
    });

    it('knows from the sign-in which other permissions are already granted', async () => {
      pca.login = async () => tokenFor(['User.Read'], 'at', ['User.Read', 'Mail.Read', 'openid']);
      const entra = session('popup');
      await entra.signIn();
      expect(entra.consent()).toEqual({ 'User.Read': 'granted', 'Mail.Read': 'granted' });
    });

    it('restores the account kept in MSAL’s cache without opening anything', async () => {
      pca.accounts = [ALEX];
      const entra = session('popup');
      await entra.restore();
      expect(entra.state().status).toBe('signed-in');
      expect(pca.calls).toEqual([]);
    });

    it('says what to do when the pop-up is closed, blocked or refused', async () => {
      const entra = session('popup');
      pca.login = async () => Promise.reject(msalErrors.cancelled());
      await entra.signIn();
      expect(entra.state()).toEqual({
        status: 'error',
        error: jasmine.objectContaining({
          message: 'The Microsoft sign-in window was closed before it finished.',
          action: 'Choose Sign in with Microsoft again when you are ready.',
        }),
      });

      pca.login = async () => Promise.reject(msalErrors.popupBlocked());
      await entra.signIn();
      expect(entra.state()).toEqual({
        status: 'error',
        error: jasmine.objectContaining({
          message: 'The browser blocked the Microsoft sign-in window.',
        }),
      });

      pca.login = async () => Promise.reject(msalErrors.redirectMismatch());
      await entra.signIn();
      expect(entra.state()).toEqual({
        status: 'error',
        error: jasmine.objectContaining({
          action: jasmine.stringMatching(
            /add https:\/\/addin\.example\/auth\/entra-redirect\.html as a single-page application redirect URI/,
          ),
        }),
      });
    });

    it('signs in once when asked twice at the same time', async () => {
      const entra = session('popup');
      await Promise.all([entra.signIn(), entra.signIn()]);
      expect(pca.calls.filter((c) => c.startsWith('login')).length).toBe(1);
    });

    it('signs out by forgetting the account in MSAL’s cache, with no redirect', async () => {
      pca.accounts = [ALEX];
      const entra = session('popup');
      await entra.restore();
      await entra.signOut();
      expect(pca.calls).toEqual(['clearCache alex@contoso.example']);
      expect(pca.active).toBeNull();
      expect(entra.state()).toEqual({ status: 'signed-out' });
      expect(entra.consent()).toEqual({});
    });
  });

  describe('access tokens', () => {
    async function signedIn(): Promise<EntraSession> {
      pca.accounts = [ALEX];
      const entra = session('popup');
      await entra.restore();
      return entra;
    }

    it('comes from MSAL’s cache or refresh token first, for the signed-in account', async () => {
      const entra = await signedIn();
      pca.silent = async (request) => tokenFor(request.scopes, 'cached-token');
      expect(await entra.accessToken(['Mail.Read'])).toBe('cached-token');
      expect(pca.calls).toEqual(['silent Mail.Read as alex']);
      expect(entra.consent()['Mail.Read']).toBe('granted');
    });

    it('opens a pop-up when Microsoft needs the agent, and only one for concurrent calls', async () => {
      const entra = await signedIn();
      const [a, b] = await Promise.all([
        entra.accessToken(['Mail.Read']),
        entra.accessToken(['Mail.Read']),
      ]);
      expect([a, b]).toEqual(['at-1', 'at-1']);
      expect(pca.calls.filter((c) => c.startsWith('popup'))).toEqual(['popup Mail.Read']);
    });

    it('reports a refused consent as a feature the administrator must grant', async () => {
      const entra = await signedIn();
      pca.silent = async () => Promise.reject(msalErrors.consentRequired());
      pca.popup = async () => Promise.reject(msalErrors.consentDeclined());
      await expectAsync(entra.accessToken(['Mail.Read'])).toBeRejectedWith(
        jasmine.objectContaining({
          kind: 'forbidden',
          message: 'Feature unavailable: the permission Mail.Read was not consented.',
          action:
            'Ask your administrator to grant Mail.Read to the add-in’s Microsoft Entra app, then try again.',
        }),
      );
      expect(entra.consent()['Mail.Read']).toBe('not-granted');
    });

    it('opens nothing when not interactive, and says why', async () => {
      const entra = await signedIn();
      pca.silent = async () => Promise.reject(msalErrors.consentRequired());
      await expectAsync(entra.accessToken(['Mail.Read'], { interactive: false })).toBeRejectedWith(
        jasmine.objectContaining({ kind: 'forbidden' }),
      );
      pca.silent = async () => Promise.reject(msalErrors.interactionRequired());
      await expectAsync(entra.accessToken(['Mail.Read'], { interactive: false })).toBeRejectedWith(
        jasmine.objectContaining({ message: 'Your Microsoft sign-in needs renewing.' }),
      );
      expect(pca.calls.some((c) => c.startsWith('popup'))).toBeFalse();
    });

    it('refuses when nobody is signed in, saying where to sign in', async () => {
      const entra = session('popup');
      await expectAsync(entra.accessToken(['Mail.Read'])).toBeRejectedWith(
        jasmine.objectContaining({
          message: 'You are not signed in to Microsoft.',
          action: 'Sign in with Microsoft in Settings, then try again.',
        }),
      );
      expect(pca.calls).toEqual([]);
    });

    it('checks consent silently for Settings', async () => {
      const entra = await signedIn();
      pca.silent = async (request) =>
        request.scopes.includes('Mail.Read')
          ? Promise.reject(msalErrors.consentRequired())
          : tokenFor(request.scopes);
      await entra.checkConsent(['User.Read', 'Mail.Read']);
      expect(entra.consent()).toEqual({ 'User.Read': 'granted', 'Mail.Read': 'not-granted' });
      expect(pca.calls.some((c) => c.startsWith('popup'))).toBeFalse();
    });
  });

  describe('through Outlook (Nested App Authentication)', () => {
    it('restores Outlook’s account silently', async () => {
      pca.silent = async (request) => tokenFor(request.scopes);
      const entra = session('nested');
      await entra.restore();
      expect(pca.calls).toEqual(['silent User.Read']);
      expect(entra.state().status).toBe('signed-in');
    });

    it('stays signed out when Outlook cannot sign in silently', async () => {
      const entra = session('nested');
      await entra.restore();
      expect(entra.state()).toEqual({ status: 'signed-out' });
    });

    it('signs in through Outlook’s prompt when silent sign-in needs the agent', async () => {
      const entra = session('nested');
      await entra.signIn();
      expect(pca.calls).toEqual(['silent User.Read', 'popup User.Read']);
      expect(entra.state().status).toBe('signed-in');
    });

    it('remembers a sign-out, so a later pane does not sign in again by itself', async () => {
      const storage = memoryStorage();
      pca.silent = async (request) => tokenFor(request.scopes);
      pca.clearCacheFails = true;
      const entra = session('nested', storage);
      await entra.restore();
      await entra.signOut();
      expect(entra.state()).toEqual({ status: 'signed-out' });
      expect(pca.calls).not.toContain('clearCache alex@contoso.example');

      TestBed.resetTestingModule();
      pca.calls.length = 0;
      const later = session('nested', storage);
      await later.restore();
      expect(later.state()).toEqual({ status: 'signed-out' });
      expect(pca.calls).toEqual([]);
      await expectAsync(later.accessToken(['Mail.Read'])).toBeRejectedWith(
        jasmine.objectContaining({ kind: 'unauthorized' }),
      );

      await later.signIn();
      expect(later.state().status).toBe('signed-in');
    });
  });
});
