import { AppError, AppErrorKind } from '@halo-outlook/core';
import { errorWording } from './error-wording';

describe('errorWording', () => {
  const error = (kind: AppErrorKind) =>
    new AppError({ kind, message: `The ${kind} message.`, action: `The ${kind} action.` });

  it('keeps the error’s own words in English, the most specific', () => {
    expect(errorWording(error('cors'), 'en', 'https://addin.example.com')).toEqual({
      message: 'The cors message.',
      action: 'The cors action.',
    });
  });

  it('words a kind-level failure in the pane’s language, naming the exact origin for CORS', () => {
    const wording = errorWording(error('cors'), 'fr', 'https://addin.example.com');
    expect(wording.message).not.toBe('The cors message.');
    expect(wording.action).toContain('https://addin.example.com');
    for (const kind of ['offline', 'rate-limited', 'unauthorized', 'timeout', 'server'] as const) {
      expect(errorWording(error(kind), 'fr', '').message).not.toBe(`The ${kind} message.`);
    }
  });

  it('keeps specific failures’ own words in another language', () => {
    expect(errorWording(error('invalid-input'), 'fr', '').message).toBe(
      'The invalid-input message.',
    );
  });
});
