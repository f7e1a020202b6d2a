import { AppError } from '../errors/app-error';
import { localRoamingBackend, ROAMING_KEY } from './roaming-backend';

describe('localRoamingBackend', () => {
  const blocked = (): Storage => {
    throw new DOMException('Access is denied for this document.', 'SecurityError');
  };

  afterEach(() => localStorage.removeItem(ROAMING_KEY));

  it('reads and writes the record in localStorage', async () => {
    const backend = localRoamingBackend();
    await backend.write({ language: 'fr' });
    expect(JSON.parse(localStorage.getItem(ROAMING_KEY) ?? '')).toEqual({ language: 'fr' });
    expect(backend.read()).toEqual({ language: 'fr' });
  });

  it('starts with empty settings where the browser blocks site data', () => {
    expect(localRoamingBackend(blocked).read()).toEqual({});
  });

  it('refuses a save where site data is blocked, saying what to change', async () => {
    const failure = await localRoamingBackend(blocked)
      .write({ language: 'fr' })
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(failure).toBeInstanceOf(AppError);
    expect((failure as AppError).action).toContain('Allow site data');
  });
});
