import { TestBed } from '@angular/core/testing';
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
});
