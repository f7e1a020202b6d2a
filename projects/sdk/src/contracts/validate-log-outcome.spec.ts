import { validateLogOutcome } from './validate-log-outcome';

describe('validateLogOutcome', () => {
  const problem = (value: unknown) => {
    const check = validateLogOutcome(value);
    return check.ok ? null : check.problem;
  };

  it('accepts done with a ticket, and done without one (an action that records no ticket)', () => {
    expect(problem({ status: 'done', ticketId: 1042, actionId: 7, message: 'Logged.' })).toBeNull();
    expect(problem({ status: 'done', message: 'The runbook was started.' })).toBeNull();
    expect(problem({ status: 'done', ticketId: 1042, alreadyLogged: true })).toBeNull();
  });

  it('rejects a ticket or action id that is not a positive integer', () => {
    for (const ticketId of [0, -3, 1.5, '1042', null]) {
      expect(problem({ status: 'done', ticketId })).toContain('ticketId');
    }
    expect(problem({ status: 'done', ticketId: 1, actionId: 0 })).toContain('actionId');
  });

  it('accepts a partial outcome that names what failed, and rejects one that does not', () => {
    const failed = { id: 'att-2', label: 'scan.png', status: 'failed', message: 'Not stored.' };
    const saved = { id: 'att-1', label: 'a.pdf', status: 'saved' };
    expect(
      problem({
        status: 'partial',
        ticketId: 1042,
        message: '1 file failed.',
        parts: [saved, failed],
      }),
    ).toBeNull();
    expect(problem({ status: 'partial', ticketId: 1042, message: 'x', parts: [saved] })).toContain(
      'at least one failed part',
    );
    expect(problem({ status: 'partial', ticketId: 1042, parts: [failed] })).toContain('message');
    expect(
      problem({ status: 'partial', message: 'x', parts: [{ ...failed, message: '' }] }),
    ).toContain('failed part att-2 needs a message');
    expect(problem({ status: 'done', parts: [{ id: 'x', label: 'x', status: 'lost' }] })).toContain(
      'unknown status',
    );
  });

  it('accepts a failure with its kind and wait, and rejects an unknown kind', () => {
    expect(
      problem({
        status: 'failed',
        message: 'Halo is limiting requests. Wait a minute.',
        retryable: true,
        kind: 'rate-limited',
        retryAfterMs: 60_000,
      }),
    ).toBeNull();
    expect(problem({ status: 'failed', message: 'x', retryable: true, kind: 'gone' })).toContain(
      'unknown failure kind',
    );
    expect(problem({ status: 'failed', message: ' ', retryable: true })).toContain('message');
    expect(problem({ status: 'failed', message: 'x' })).toContain('retryable');
    expect(
      problem({ status: 'failed', message: 'x', retryable: true, retryAfterMs: -1 }),
    ).toContain('retryAfterMs');
  });

  it('names the statuses it knows when given another', () => {
    expect(problem({ status: 'ok' })).toContain('expected done, partial, cancelled or failed');
    expect(problem(null)).toBe('an outcome must be an object');
    expect(problem({ status: 'cancelled' })).toBeNull();
  });
});
