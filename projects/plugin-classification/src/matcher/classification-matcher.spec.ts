import { validateCandidate } from '@halo-outlook/sdk';
import {
  aMailContent,
  aMailSnapshot,
  describeMatcherContract,
  runMatcher,
} from '@halo-outlook/sdk/testing';
import { classificationMatcher } from './classification-matcher';

describe('classificationMatcher', () => {
  it('proposes the class as a tag with its confidence and reasons', async () => {
    const matcher = classificationMatcher({
      readContent: async () => ({
        text: 'Monitor website is currently DOWN (Connection Timeout).',
        headers: { 'Auto-Submitted': 'auto-generated' },
      }),
    });
    const [candidate] = await runMatcher(
      matcher,
      aMailSnapshot({ from: 'Uptime <alert@uptime.example>', subject: 'Monitor is DOWN: website' }),
    );
    expect(candidate).toEqual(
      jasmine.objectContaining({ kind: 'tag', id: 'class:automated', label: 'Automated email' }),
    );
    expect(candidate.reason).toContain('Auto-Submitted: auto-generated header');
    expect(validateCandidate(candidate).ok).toBeTrue();
  });

  it('reads the body and headers from the context when no reader is given', async () => {
    const mail = aMailContent({
      text: 'Monitor website is currently DOWN (Connection Timeout).',
      headers: { 'Auto-Submitted': 'auto-generated' },
    });
    const [candidate] = await runMatcher(
      classificationMatcher(),
      aMailSnapshot({ from: 'Uptime <alert@uptime.example>', subject: 'Monitor is DOWN: website' }),
      { mail },
    );
    expect(candidate.id).toBe('class:automated');
    expect(candidate.reason).toContain('Auto-Submitted: auto-generated header');
    expect(mail.reads.get('text')).toBe(1);
    expect(mail.reads.get('headers')).toBe(1);
  });

  it('prefers the reader it is given over the context', async () => {
    const mail = aMailContent({ text: 'ignored' });
    await runMatcher(
      classificationMatcher({
        readContent: async () => ({ text: 'Invoice attached', headers: {} }),
      }),
      aMailSnapshot(),
      { mail },
    );
    expect(mail.reads.size).toBe(0);
  });

  it('carries the mapped ticket type for create to preselect', async () => {
    const matcher = classificationMatcher({ ticketTypes: { billing: 7, support: 1 } });
    const [candidate] = await runMatcher(
      matcher,
      aMailSnapshot({
        from: 'accounts@northwind.example',
        subject: 'Query on invoice INV-20931 payment',
      }),
    );
    expect(candidate.id).toBe('class:billing');
    expect(candidate.data?.['ticketTypeId']).toBe(7);
    expect(candidate.data?.['classification']).toBe('billing');
  });

  it('leaves ticketTypeId out when the class is not mapped', async () => {
    const [candidate] = await runMatcher(
      classificationMatcher({ ticketTypes: { support: 1 } }),
      aMailSnapshot({ subject: 'Quote for 6 new laptops and docking stations' }),
    );
    expect(candidate.id).toBe('class:sales');
    expect(candidate.data && 'ticketTypeId' in candidate.data).toBeFalse();
  });

  it('proposes nothing when it is not sure enough', async () => {
    const candidates = await runMatcher(
      classificationMatcher({ minimumConfidence: 0.999 }),
      aMailSnapshot({ subject: 'Hello' }),
    );
    expect(candidates).toEqual([]);
  });
});

describeMatcherContract('classificationMatcher', () => classificationMatcher(), [
  {
    name: 'a billing question',
    snapshot: aMailSnapshot({
      from: 'accounts@northwind.example',
      subject: 'Query on invoice INV-20931: refund of a duplicate payment',
    }),
    proposes: ['tag'],
  },
  {
    name: 'a support request',
    snapshot: aMailSnapshot({ subject: 'VPN keeps disconnecting, cannot log in from home' }),
    proposes: ['tag'],
  },
]);
