import { hostLocaleFromStartUrl, isLanguageSetting, pickLanguage } from './pane-language';

describe('pickLanguage', () => {
  it('follows the agent’s choice over Outlook and the browser', () => {
    expect(pickLanguage('en', 'fr-FR', ['fr'])).toBe('en');
    expect(pickLanguage('fr', 'en-US', ['en-GB'])).toBe('fr');
  });

  it('follows Outlook’s display language when the agent chose automatic', () => {
    expect(pickLanguage('auto', 'fr-CA', ['en-US'])).toBe('fr');
    expect(pickLanguage('auto', 'en-GB', ['fr-FR'])).toBe('en');
  });

  it('falls back to the first browser language the pane speaks, then English', () => {
    expect(pickLanguage('auto', null, ['de-DE', 'fr-BE', 'en'])).toBe('fr');
    expect(pickLanguage('auto', 'de-DE', ['nl-NL'])).toBe('en');
    expect(pickLanguage('auto', null, [])).toBe('en');
  });
});

describe('hostLocaleFromStartUrl', () => {
  it('reads the locale Office puts in _host_Info', () => {
    const url = 'https://addin.example.com/index.html?_host_Info=Outlook$Web$16.01$fr-FR$$$$0';
    expect(hostLocaleFromStartUrl(url)).toBe('fr-FR');
  });

  it('is null without _host_Info, with a malformed one, or with a malformed URL', () => {
    expect(hostLocaleFromStartUrl('https://addin.example.com/index.html')).toBeNull();
    expect(hostLocaleFromStartUrl('https://a.example/?_host_Info=Outlook$Web')).toBeNull();
    expect(hostLocaleFromStartUrl('https://a.example/?_host_Info=a$b$c$<script>$')).toBeNull();
    expect(hostLocaleFromStartUrl('not a url')).toBeNull();
  });
});

describe('isLanguageSetting', () => {
  it('accepts automatic and the pane’s languages only', () => {
    expect(['auto', 'en', 'fr'].every(isLanguageSetting)).toBeTrue();
    expect(['de', '', null, 3].some(isLanguageSetting)).toBeFalse();
  });
});
