import { AppError } from '../errors/app-error';
import { normalizeTenantUrl } from './tenant-url';

describe('normalizeTenantUrl', () => {
  const accepted: [typed: string, base: string][] = [
    ['acme.halopsa.com', 'https://acme.halopsa.com'],
    ['  acme.halopsa.com  ', 'https://acme.halopsa.com'],
    ['https://acme.halopsa.com', 'https://acme.halopsa.com'],
    ['https://acme.halopsa.com/', 'https://acme.halopsa.com'],
    ['https://acme.halopsa.com///', 'https://acme.halopsa.com'],
    ['https://acme.halopsa.com/api', 'https://acme.halopsa.com'],
    ['https://acme.halopsa.com/api/', 'https://acme.halopsa.com'],
    ['https://acme.halopsa.com/API/Tickets?count=5', 'https://acme.halopsa.com'],
    ['https://acme.halopsa.com/auth/', 'https://acme.halopsa.com'],
    ['https://acme.halopsa.com/auth/authorize?client_id=x', 'https://acme.halopsa.com'],
    ['https://acme.halopsa.com/#/tickets', 'https://acme.halopsa.com'],
    ['https://acme.halopsa.com/tickets?id=1001', 'https://acme.halopsa.com'],
    ['HTTPS://Acme.HaloPSA.com', 'https://acme.halopsa.com'],
    ['https://it.contoso.example/halo/api', 'https://it.contoso.example/halo'],
    ['https://it.contoso.example:8443/api', 'https://it.contoso.example:8443'],
    ['http://localhost:4300', 'http://localhost:4300'],
    ['http://127.0.0.1:4300/api', 'http://127.0.0.1:4300'],
    ['localhost:4300', 'https://localhost:4300'],
  ];

  for (const [typed, base] of accepted) {
    it(`reads “${typed}” as ${base}`, () => {
      const urls = normalizeTenantUrl(typed);
      expect(urls).toEqual({ baseUrl: base, apiUrl: `${base}/api`, authUrl: `${base}/auth` });
    });
  }

  const refused: [typed: string, says: RegExp][] = [
    ['http://acme.halopsa.com', /https/],
    ['http://acme.halopsa.com/api', /https/],
    ['ftp://acme.halopsa.com', /https/],
    ['', /Enter the address/],
    ['   ', /Enter the address/],
    ['acme halopsa com', /not a web address/],
    ['https://', /not a web address/],
    ['https://user:pw@acme.halopsa.com', /user name or password/],
  ];

  for (const [typed, says] of refused) {
    it(`refuses “${typed}” with a message saying what to do`, () => {
      let error: unknown;
      try {
        normalizeTenantUrl(typed);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(AppError);
      const appError = error as AppError;
      expect(appError.kind).toBe('invalid-input');
      expect(`${appError.message} ${appError.action}`).toMatch(says);
      expect(appError.retryable).toBeFalse();
    });
  }

  it('tells which https address to use instead of http', () => {
    expect(() => normalizeTenantUrl('http://acme.halopsa.com/api')).toThrowMatching(
      (e: AppError) => e.action === 'Use https://acme.halopsa.com instead.',
    );
  });
});
