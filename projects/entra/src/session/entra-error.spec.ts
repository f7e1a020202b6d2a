import { AppError } from '@halo-outlook/core';
import { BrowserAuthError, ServerError } from '@azure/msal-browser';
import { REDIRECT_URI, SETTINGS, msalErrors } from '../testing/fake-msal.spec';
import { entraError, isConsentRefusal, needsInteraction } from './entra-error';

const context = { clientId: SETTINGS.clientId, redirectUri: REDIRECT_URI, scopes: ['Mail.Read'] };

describe('entraError', () => {
  it('says the sign-in could not be reached when offline', () => {
    expect(entraError(msalErrors.noNetwork(), context)).toEqual(
      jasmine.objectContaining({
        kind: 'offline',
        message: 'Microsoft sign-in could not be reached.',
        retryable: true,
      }),
    );
  });

  it('names the Entra app when Microsoft does not know it', () => {
    const error = new ServerError('invalid_request', 'c', 'AADSTS700016: Application not found');
    expect(entraError(error, context).message).toBe(
      `Microsoft does not know the Entra app ${SETTINGS.clientId} in your organisation.`,
    );
  });

  it('points at the redirect page when the pop-up never answers', () => {
    const error = new BrowserAuthError('timed_out', 'c');
    expect(entraError(error, context)).toEqual(
      jasmine.objectContaining({
        kind: 'timeout',
        action: `Try again. If it keeps happening, ask your administrator to check that ${REDIRECT_URI} is a redirect URI of the Entra app.`,
      }),
    );
  });

  it('keeps MSAL’s code for the diagnostics, and an AppError as it is', () => {
    const unknown = entraError(new BrowserAuthError('crypto_nonexistent', 'c'), context);
    expect(unknown.kind).toBe('unknown');
    expect(unknown.detail).toContain('crypto_nonexistent');
    const app = new AppError({ kind: 'offline', message: 'm', action: 'a' });
    expect(entraError(app, context)).toBe(app);
  });

  it('tells interaction and consent apart', () => {
    expect(needsInteraction(msalErrors.interactionRequired())).toBeTrue();
    expect(isConsentRefusal(msalErrors.interactionRequired())).toBeFalse();
    expect(needsInteraction(msalErrors.consentRequired())).toBeTrue();
    expect(isConsentRefusal(msalErrors.consentRequired())).toBeTrue();
    expect(isConsentRefusal(msalErrors.consentDeclined())).toBeTrue();
    expect(needsInteraction(msalErrors.cancelled())).toBeFalse();
  });
});
