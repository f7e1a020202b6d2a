import { DOCUMENT } from '@angular/core';
import { clearTranslations } from '@angular/localize';
import { TestBed } from '@angular/core/testing';
import { HOST_CONTEXT, browserHost } from '@halo-outlook/core';
import { SettingsStore } from '../settings/settings-store';
import { PAGE_RELOAD } from './page-reload';
import { PaneLocale } from './pane-locale';

describe('PaneLocale', () => {
  let reload: jasmine.Spy;

  function setUp(startUrl = 'https://addin.example.com/index.html') {
    reload = jasmine.createSpy('reload');
    TestBed.configureTestingModule({
      providers: [
        { provide: HOST_CONTEXT, useValue: browserHost(startUrl) },
        { provide: PAGE_RELOAD, useValue: reload },
      ],
    });
    return TestBed.inject(PaneLocale);
  }

  beforeEach(() => {
    localStorage.removeItem('halo-outlook');
    sessionStorage.clear();
  });

  afterEach(() => {
    clearTranslations();
    document.documentElement.lang = 'en';
    localStorage.removeItem('halo-outlook');
  });

  it('speaks Outlook’s display language when the agent chose automatic', async () => {
    const locale = setUp(
      'https://addin.example.com/index.html?_host_Info=Outlook$Web$16.01$fr-FR$$$$0',
    );
    await locale.initialize();

    expect(locale.language()).toBe('fr');
    expect(TestBed.inject(DOCUMENT).documentElement.lang).toBe('fr');
    expect($localize`:@@settings.title:Settings`).toBe('Paramètres');
  });

  it('speaks the agent’s choice over Outlook’s language', async () => {
    const locale = setUp(
      'https://addin.example.com/index.html?_host_Info=Outlook$Web$16.01$fr-FR$$$$0',
    );
    await TestBed.inject(SettingsStore).update({ language: 'en' });
    await locale.initialize();
    expect(locale.language()).toBe('en');
    expect($localize`:@@settings.title:Settings`).toBe('Settings');
  });

  it('reloads the pane in a new language, and not for the one in effect', async () => {
    const locale = setUp();
    await locale.initialize();

    expect(locale.reloadIfChanged('en')).toBeFalse();
    expect(reload).not.toHaveBeenCalled();

    expect(locale.reloadIfChanged('fr')).toBeTrue();
    expect(reload).toHaveBeenCalledTimes(1);
    expect(sessionStorage.getItem('halo-outlook.language-switch')).toBe('fr');
    sessionStorage.removeItem('halo-outlook.language-switch');
  });

  it('applies a change carried across the reload even when Outlook hands back older settings', async () => {
    sessionStorage.setItem('halo-outlook.language-switch', 'fr');
    const locale = setUp(); // roaming settings still say "auto", as Outlook gave them at open
    await locale.initialize();

    expect(locale.language()).toBe('fr');
    expect(TestBed.inject(SettingsStore).language()).toBe('fr');
    expect(sessionStorage.getItem('halo-outlook.language-switch')).toBeNull();
  });
});
