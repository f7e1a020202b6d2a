import type { Candidate } from '../contracts/candidate';
import { NEVER_LOG_TAG } from '../contracts/well-known-tags';
import { derivePicture } from './derive-picture';
import { mergeCandidates } from './merge-candidates';

const c = (
  kind: Candidate['kind'],
  id: number | string,
  confidence: number,
  extra: Partial<Candidate> = {},
): Candidate => ({
  kind,
  id,
  label: `${kind} ${id}`,
  confidence,
  reason: `${kind} ${id} at ${confidence}`,
  ...extra,
});

describe('mergeCandidates', () => {
  it('keeps the best confidence of a record and every reason, most confident first', () => {
    const [merged] = mergeCandidates([
      { source: 'a.domain', candidates: [c('client', 1, 0.6, { reason: 'same domain' })] },
      {
        source: 'a.contact',
        candidates: [c('client', 1, 0.9, { reason: "Alice's client", label: 'Contoso' })],
      },
    ]);
    expect(merged.confidence).toBe(0.9);
    expect(merged.label).toBe('Contoso');
    expect(merged.reasons).toEqual(["Alice's client", 'same domain']);
    expect(merged.sources).toEqual(['a.domain', 'a.contact']);
  });

  it('on equal confidence shows what the source listed first proposed', () => {
    const [merged] = mergeCandidates([
      { source: 'a.high', candidates: [c('ticket', 5, 0.5, { label: 'from high' })] },
      { source: 'a.low', candidates: [c('ticket', 5, 0.5, { label: 'from low' })] },
    ]);
    expect(merged.label).toBe('from high');
  });

  it('keeps records of different kinds with the same id apart', () => {
    expect(
      mergeCandidates([{ source: 's', candidates: [c('contact', 1, 0.9), c('client', 1, 0.9)] }])
        .length,
    ).toBe(2);
  });

  it('makes a ticket any source places in the thread a thread ticket', () => {
    const [merged] = mergeCandidates([
      { source: 'a.open', candidates: [c('ticket', 9, 0.5, { relation: 'open' })] },
      { source: 'a.thread', candidates: [c('ticket', 9, 0.95, { relation: 'thread' })] },
    ]);
    expect(merged.relation).toBe('thread');
  });
});

describe('derivePicture', () => {
  const picture = (...candidates: Candidate[]) =>
    derivePicture(mergeCandidates([{ source: 's', candidates }]));

  it('decides a client that leads the others clearly', () => {
    const p = picture(c('client', 1, 0.9), c('client', 2, 0.5));
    expect(p.client?.id).toBe(1);
    expect(p.clientChoice).toEqual([]);
  });

  it('offers a choice, never a silent first pick, when clients score alike', () => {
    const p = picture(c('client', 2, 0.6), c('client', 3, 0.6), c('client', 9, 0.2));
    expect(p.client).toBeNull();
    expect(p.clientChoice.map((x) => x.id)).toEqual([2, 3]);
  });

  it("decides the agent's own choice over anything", () => {
    const p = picture(c('client', 2, 0.99), c('client', 3, 1));
    expect(p.client?.id).toBe(3);
  });

  it('shows the site of the decided client only', () => {
    expect(
      picture(c('client', 1, 0.9), c('site', 7, 0.8, { data: { clientId: 2 } })).site,
    ).toBeNull();
    expect(
      picture(c('client', 1, 0.9), c('site', 8, 0.8, { data: { clientId: 1 } })).site?.id,
    ).toBe(8);
    expect(picture(c('site', 8, 0.8, { data: { clientId: 1 } })).site).toBeNull();
  });

  it('separates the thread tickets from the open tickets', () => {
    const p = picture(
      c('ticket', 1, 0.95, { relation: 'thread' }),
      c('ticket', 2, 0.5, { relation: 'open' }),
    );
    expect(p.threadTickets.map((t) => t.id)).toEqual([1]);
    expect(p.openTickets.map((t) => t.id)).toEqual([2]);
  });

  it('says never log when a matcher proposes the never-log tag', () => {
    expect(picture(c('tag', NEVER_LOG_TAG, 1)).neverLog).toBeTrue();
    expect(picture(c('tag', 'vip', 1)).neverLog).toBeFalse();
  });
});
