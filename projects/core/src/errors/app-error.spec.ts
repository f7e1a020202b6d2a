import { AppError, isAppError } from './app-error';
import { toAppError } from './to-app-error';

describe('AppError', () => {
  it('carries what happened and what to do next', () => {
    const error = new AppError({
      kind: 'cors',
      message: 'Halo refused requests from this add-in.',
      action: 'Add https://addin.example.com to the CORS list of the Halo API application.',
    });
    expect(error.message).toBe('Halo refused requests from this add-in.');
    expect(error.action).toContain('https://addin.example.com');
    expect(error).toBeInstanceOf(Error);
    expect(isAppError(error)).toBeTrue();
  });

  it('marks transient kinds as retryable unless told otherwise', () => {
    const offline = new AppError({ kind: 'offline', message: 'm', action: 'a' });
    const forbidden = new AppError({ kind: 'forbidden', message: 'm', action: 'a' });
    const notRetried = new AppError({
      kind: 'server',
      message: 'm',
      action: 'a',
      retryable: false,
    });
    expect(offline.retryable).toBeTrue();
    expect(forbidden.retryable).toBeFalse();
    expect(notRetried.retryable).toBeFalse();
  });
});

describe('toAppError', () => {
  it('keeps an AppError as it is', () => {
    const original = new AppError({ kind: 'not-found', message: 'm', action: 'a' });
    expect(toAppError(original)).toBe(original);
  });

  it('wraps a plain Error with a user-facing message and the detail for diagnostics', () => {
    const error = toAppError(new TypeError('x is undefined'));
    expect(error.kind).toBe('unknown');
    expect(error.action).toContain('diagnostics');
    expect(error.detail).toBe('TypeError: x is undefined');
  });

  it('treats an abort as a stopped request, not a crash', () => {
    const error = toAppError(new DOMException('The operation was aborted.', 'AbortError'));
    expect(error.kind).toBe('timeout');
    expect(error.retryable).toBeTrue();
  });

  it('describes thrown non-errors', () => {
    expect(toAppError({ code: 12002 }).detail).toBe('{"code":12002}');
    expect(toAppError('boom').detail).toBe('boom');
  });
});
