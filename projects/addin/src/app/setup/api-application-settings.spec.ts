import { apiApplicationSettings } from './api-application-settings';

describe('apiApplicationSettings', () => {
  const valueOf = (settings: ReturnType<typeof apiApplicationSettings>, key: string) =>
    settings.find((s) => s.key === key)?.value;

  it('names this deployment’s callback page and origin', () => {
    const settings = apiApplicationSettings('auth/start.html', 'https://addin.example.com/');
    expect(valueOf(settings, 'redirectUri')).toBe('https://addin.example.com/auth/callback.html');
    expect(valueOf(settings, 'corsOrigin')).toBe('https://addin.example.com');
  });

  it('keeps the path of an add-in served under one, and the port of a local one', () => {
    const hosted = apiApplicationSettings('auth/start.html', 'https://www.example.com/halo/');
    expect(valueOf(hosted, 'redirectUri')).toBe('https://www.example.com/halo/auth/callback.html');
    expect(valueOf(hosted, 'corsOrigin')).toBe('https://www.example.com');

    const local = apiApplicationSettings('auth/start.html', 'http://127.0.0.1:4400/index.html');
    expect(valueOf(local, 'redirectUri')).toBe('http://127.0.0.1:4400/auth/callback.html');
    expect(valueOf(local, 'corsOrigin')).toBe('http://127.0.0.1:4400');
  });

  it('asks for the public-client method and agent logins, and offers to copy what is pasted', () => {
    const settings = apiApplicationSettings('auth/start.html', 'https://addin.example.com/');
    expect(valueOf(settings, 'authMethod')).toBe('Authorisation Code (Native Application)');
    expect(valueOf(settings, 'loginType')).toBe('Agent');
    expect(settings.filter((s) => s.copy).map((s) => s.key)).toEqual([
      'name',
      'redirectUri',
      'corsOrigin',
    ]);
  });
});
