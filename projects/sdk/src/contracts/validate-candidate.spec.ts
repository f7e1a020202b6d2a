import { validateCandidate } from './validate-candidate';

describe('validateCandidate', () => {
  const good = {
    kind: 'contact',
    id: 42,
    label: 'Alice Carter',
    confidence: 0.95,
    reason: 'Exact email match',
  };

  it('accepts a well-formed candidate as it is', () => {
    const check = validateCandidate(good);
    expect(check.ok).toBeTrue();
    expect(check.ok && check.candidate).toBe(good as never);
  });

  it('accepts a tag with a string id', () => {
    expect(validateCandidate({ ...good, kind: 'tag', id: 'support' }).ok).toBeTrue();
  });

  it('accepts a thread ticket', () => {
    expect(validateCandidate({ ...good, kind: 'ticket', relation: 'thread' }).ok).toBeTrue();
  });

  const bad: [string, unknown, string][] = [
    ['null', null, 'must be an object'],
    ['unknown kind', { ...good, kind: 'invoice' }, 'unknown kind "invoice"'],
    ['NaN id', { ...good, id: Number.NaN }, 'id must be'],
    ['empty id', { ...good, id: '' }, 'id must be'],
    ['confidence above 1', { ...good, confidence: 1.5 }, 'confidence'],
    ['confidence NaN', { ...good, confidence: Number.NaN }, 'confidence'],
    ['no reason', { ...good, reason: ' ' }, 'reason'],
    ['label missing', { ...good, label: undefined }, 'label'],
    ['a relation on a contact', { ...good, relation: 'thread' }, 'relation'],
    ['an unknown ticket relation', { ...good, kind: 'ticket', relation: 'x' }, 'relation'],
    ['data that is not an object', { ...good, data: 'x' }, 'data'],
  ];
  for (const [name, value, problem] of bad) {
    it(`rejects ${name} with a message naming the problem`, () => {
      const check = validateCandidate(value);
      expect(check.ok).toBeFalse();
      expect(check.ok ? '' : check.problem).toContain(problem);
    });
  }
});
