import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { HostColorScheme, HostTheme } from '@halo-outlook/core';
import { SettingsStore } from '../settings/settings-store';
import { ThemeStore } from './theme-store';

describe('ThemeStore', () => {
  const root = document.documentElement;

  beforeEach(() => localStorage.removeItem('halo-outlook'));
  afterEach(() => {
    localStorage.removeItem('halo-outlook');
    root.style.colorScheme = '';
    delete root.dataset['theme'];
  });

  it('follows the system until the agent chooses, then the choice', async () => {
    const theme = TestBed.inject(ThemeStore);
    TestBed.tick();
    const system = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
    expect(theme.scheme()).toBe(system);
    expect(root.style.colorScheme).toBe(system);

    await TestBed.inject(SettingsStore).update({ theme: 'dark' });
    TestBed.tick();
    expect(theme.scheme()).toBe('dark');
    expect(root.style.colorScheme).toBe('dark');
    expect(root.dataset['theme']).toBe('dark');

    await TestBed.inject(SettingsStore).update({ theme: 'light' });
    TestBed.tick();
    expect(root.style.colorScheme).toBe('light');
  });

  it("follows Outlook's own theme when the agent leaves it to the system", async () => {
    const outlook = signal<HostColorScheme | null>('dark');
    TestBed.configureTestingModule({
      providers: [{ provide: HostTheme, useValue: { scheme: outlook.asReadonly() } }],
    });
    const theme = TestBed.inject(ThemeStore);
    TestBed.tick();
    expect(theme.scheme()).toBe('dark');
    outlook.set('light');
    TestBed.tick();
    expect(root.style.colorScheme).toBe('light');

    await TestBed.inject(SettingsStore).update({ theme: 'dark' });
    TestBed.tick();
    expect(theme.scheme()).toBe('dark');
  });
});
