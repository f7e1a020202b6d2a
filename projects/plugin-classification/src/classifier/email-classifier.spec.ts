import { labelledCorpus } from '../corpus/labelled-corpus';
import { splitCorpus } from '../corpus/split-corpus';
import { ClassifiableEmail } from '../model/classifiable-email';
import { EMAIL_CLASSES } from '../model/email-class';
import { createEmailClassifier } from './email-classifier';

describe('createEmailClassifier', () => {
  const classifier = createEmailClassifier(splitCorpus(labelledCorpus()).train);
  const person = { name: 'Dana Fox', address: 'dana.fox@riverbank-clinic.example' };
  const email = (overrides: Partial<ClassifiableEmail>): ClassifiableEmail => ({
    from: person,
    subject: '',
    headers: {},
    text: '',
    ...overrides,
  });

  it('tells a billing question by its words and says which words', () => {
    const result = classifier.classify(
      email({
        subject: 'Refund for a duplicate payment',
        text: 'You charged our card twice for invoice INV-3001. Please refund the duplicate payment.',
      }),
    );
    expect(result.label).toBe('billing');
    expect(result.reasons.join(' ')).toContain('words like');
  });

  it('tells a newsletter by its headers and names them first', () => {
    const result = classifier.classify(
      email({
        from: { name: 'Vendor News', address: 'news@vendor.example' },
        subject: 'Our autumn product roundup',
        headers: { 'list-unsubscribe': '<mailto:u@vendor.example>', precedence: 'bulk' },
      }),
    );
    expect(result.label).toBe('automated');
    expect(result.reasons[0]).toContain('Precedence: bulk');
    expect(result.reasons).toContain(
      'List-Unsubscribe header present (a mailing list or newsletter)',
    );
  });

  it('gives probabilities that sum to 1, the label being the most likely', () => {
    const result = classifier.classify(email({ subject: 'VPN not connecting from home' }));
    const total = EMAIL_CLASSES.reduce((s, c) => s + result.probabilities[c], 0);
    expect(total).toBeCloseTo(1, 10);
    expect(result.confidence).toBe(Math.max(...EMAIL_CLASSES.map((c) => result.probabilities[c])));
    expect(result.label).toBe('support');
  });

  it('is less sure of a short email than of a long one saying the same', () => {
    const short = classifier.classify(email({ subject: 'Invoice query' }));
    const long = classifier.classify(
      email({
        subject: 'Invoice query',
        text: 'The invoice shows a charge we did not expect. Please send a credit note and a statement of account before we make the payment.',
      }),
    );
    expect(short.label).toBe('billing');
    expect(long.confidence).toBeGreaterThan(short.confidence);
  });

  it('without words, decides on the rules alone and says when there is no evidence', () => {
    const rulesOnly = createEmailClassifier(splitCorpus(labelledCorpus()).train, {
      useWords: false,
    });
    const plain = rulesOnly.classify(email({ subject: 'Quote for laptops' }));
    expect(plain.reasons).toEqual(['no strong evidence either way: the most likely class overall']);
    const spam = rulesOnly.classify(email({ headers: { 'x-spam-flag': 'YES' } }));
    expect(spam.label).toBe('spam');
  });
});
