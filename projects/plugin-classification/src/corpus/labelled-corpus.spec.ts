import { EMAIL_CLASSES } from '../model/email-class';
import { labelledCorpus } from './labelled-corpus';
import { readLabelledEmails } from './labelled-email';
import { splitCorpus } from './split-corpus';

describe('the labelled corpus', () => {
  const corpus = labelledCorpus();

  it('holds every class, each email with a unique id', () => {
    for (const label of EMAIL_CLASSES) {
      expect(corpus.filter((e) => e.label === label).length)
        .withContext(label)
        .toBeGreaterThan(0);
    }
    expect(new Set(corpus.map((e) => e.id)).size).toBe(corpus.length);
  });

  it('is split the same way every time, a quarter of each class held out', () => {
    const first = splitCorpus(corpus);
    const again = splitCorpus(corpus);
    expect(again.heldOut.map((e) => e.id)).toEqual(first.heldOut.map((e) => e.id));
    expect(first.train.length + first.heldOut.length).toBe(corpus.length);
    const trainIds = new Set(first.train.map((e) => e.id));
    expect(first.heldOut.some((e) => trainIds.has(e.id))).toBeFalse();
    for (const label of EMAIL_CLASSES) {
      const all = corpus.filter((e) => e.label === label).length;
      const held = first.heldOut.filter((e) => e.label === label).length;
      expect(held)
        .withContext(label)
        .toBe(Math.floor(all / 4));
    }
  });

  it('reports a malformed entry by position and field', () => {
    expect(() => readLabelledEmails({})).toThrowError(/must be a JSON array/);
    expect(() =>
      readLabelledEmails([{ id: 'x-1', label: 'newsletter', from: '', subject: '', text: '' }]),
    ).toThrowError('Labelled email #1 (x-1): unknown label newsletter.');
    expect(() =>
      readLabelledEmails([{ id: 'x-2', label: 'spam', from: 'a@b.example', subject: 1, text: '' }]),
    ).toThrowError('Labelled email #1 (x-2): "subject" must be a string.');
  });

  it('reads "Name <address>" senders and lower-cases header names', () => {
    const [email] = readLabelledEmails([
      {
        id: 'x-3',
        label: 'automated',
        from: 'Uptime <alert@uptime.example>',
        subject: 's',
        text: 't',
        headers: { 'Auto-Submitted': 'auto-generated' },
      },
    ]);
    expect(email.from).toEqual({ name: 'Uptime', address: 'alert@uptime.example' });
    expect(email.headers).toEqual({ 'auto-submitted': 'auto-generated' });
  });
});
