import { TestBed } from '@angular/core/testing';
import { DiagnosticsLog } from './diagnostics-log';
import { DIAGNOSTICS_CAPACITY, DiagnosticsTrail } from './diagnostics-trail';

describe('DiagnosticsTrail', () => {
  beforeEach(() =>
    TestBed.configureTestingModule({ providers: [{ provide: DIAGNOSTICS_CAPACITY, useValue: 3 }] }),
  );

  it('is the default DiagnosticsLog and keeps only the newest entries', () => {
    const log = TestBed.inject(DiagnosticsLog);
    const trail = TestBed.inject(DiagnosticsTrail);
    expect(log).toBe(trail);
    for (let i = 1; i <= 5; i++) log.record('test', 'info', `entry ${i}`);
    expect(trail.entries().map((e) => e.message)).toEqual(['entry 3', 'entry 4', 'entry 5']);
    expect(JSON.parse(trail.export()).dropped).toBe(2);
  });

  it('never keeps tokens, bodies or whole addresses', () => {
    const trail = TestBed.inject(DiagnosticsTrail);
    trail.record(
      'halo.http',
      'warn',
      'GET /api/Users?search=alice.carter@contoso-dental.example with Bearer abc.def-ghi',
      {
        refresh_token: 'r-secret-1',
        body: '<p>Dear support</p>',
        url: '/auth/token?code=c-secret-2',
      },
    );
    trail.record('auth', 'info', 'token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig-part');
    const exported = trail.export();
    for (const secret of [
      'alice.carter',
      'abc.def-ghi',
      'r-secret-1',
      'Dear support',
      'c-secret-2',
      'eyJzdWIi',
    ]) {
      expect(exported).not.toContain(secret);
    }
    expect(trail.entries()[0].message).toContain('a…@contoso-dental.example');
    expect(trail.entries()[0].data?.['body']).toBe('[redacted, 19 chars]');
  });

  it('cuts long messages and clears on demand', () => {
    const trail = TestBed.inject(DiagnosticsTrail);
    trail.record('x', 'debug', 'y'.repeat(1000));
    expect(trail.entries()[0].message.length).toBeLessThan(400);
    trail.clear();
    expect(trail.entries()).toEqual([]);
  });
});
