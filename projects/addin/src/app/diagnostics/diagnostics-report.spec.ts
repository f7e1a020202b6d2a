import { browserHost } from '@halo-outlook/core';
import { NO_MAILBOX_CAPABILITIES } from '@halo-outlook/core/mailbox';
import { diagnosticsFileName, diagnosticsReport } from './diagnostics-report';

describe('diagnosticsReport', () => {
  const input = {
    version: '1.2.3',
    host: browserHost('https://addin.example.com/index.html?haloUrl=https%3A%2F%2Fa&clientId=c'),
    language: 'fr',
    capabilities: NO_MAILBOX_CAPABILITIES,
    haloUrl: 'https://acme.halopsa.com',
    auth: { status: 'signed-out', reason: null } as const,
    roaming: { usedBytes: 2048, budgetBytes: 32768 },
    trail: JSON.stringify({ dropped: 3, entries: [{ message: 'hello' }] }),
    now: new Date('2026-11-03T14:05:00Z'),
  };

  it('holds what a bug report needs, the trail as data, and the page without its query', () => {
    const report = JSON.parse(diagnosticsReport(input));
    expect(report.app).toEqual({ name: 'Halo for Outlook', version: '1.2.3' });
    expect(report.createdAt).toBe('2026-11-03T14:05:00.000Z');
    expect(report.host.page).toBe('https://addin.example.com/index.html');
    expect(report.signIn).toBe('signed-out');
    expect(report.roamingBytes).toBe(2048);
    expect(report.trail).toEqual({ dropped: 3, entries: [{ message: 'hello' }] });
    expect(JSON.stringify(report)).not.toContain('clientId');
  });

  it('names the file after the local time', () => {
    expect(diagnosticsFileName(new Date(2026, 10, 3, 9, 7))).toBe(
      'halo-outlook-diagnostics-2026-11-03-0907.json',
    );
  });
});
