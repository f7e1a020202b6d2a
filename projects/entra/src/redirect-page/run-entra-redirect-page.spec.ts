import { runEntraRedirectPage } from './run-entra-redirect-page';

const PAGE = 'https://addin.example/auth/entra-redirect.html';

describe('runEntraRedirectPage', () => {
  function page(url: string, broadcast: () => Promise<void>) {
    const shown: string[] = [];
    let broadcasts = 0;
    const run = runEntraRedirectPage({
      url,
      broadcast: () => (broadcasts++, broadcast()),
      show: (text) => shown.push(text),
    });
    return { run, shown, broadcasts: () => broadcasts };
  }

  it('hands the response to the pane and says the window can close', async () => {
    const { run, shown, broadcasts } = page(`${PAGE}#code=c&state=s`, async () => undefined);
    expect(await run).toBeTrue();
    expect(broadcasts()).toBe(1);
    expect(shown).toEqual(['Signed in with Microsoft. You can close this window.']);
  });

  it('says what to do when there is no sign-in to finish', async () => {
    const { run, shown } = page(PAGE, () => Promise.reject(new Error('no_state_in_hash')));
    expect(await run).toBeFalse();
    expect(shown[0]).toContain('Close it and choose Sign in with Microsoft again.');
  });

  it('tells an administrator back from the admin consent link how it went', async () => {
    const granted = page(`${PAGE}?admin_consent=True&tenant=t1`, () => Promise.reject());
    expect(await granted.run).toBeTrue();
    expect(granted.broadcasts()).toBe(0);
    expect(granted.shown[0]).toContain('Consent granted for your organisation');

    const refused = page(
      `${PAGE}?admin_consent=False&error=access_denied&error_description=The+admin+canceled`,
      () => Promise.reject(),
    );
    expect(await refused.run).toBeFalse();
    expect(refused.shown[0]).toBe(
      'Consent was not granted: The admin canceled. Close this window and try the consent link again.',
    );
  });
});
