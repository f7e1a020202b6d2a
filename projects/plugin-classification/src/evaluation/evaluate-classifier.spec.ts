import { EmailClassifier } from '../classifier/email-classifier';
import { LabelledEmail } from '../corpus/labelled-email';
import { EmailClass } from '../model/email-class';
import { evaluateClassifier } from './evaluate-classifier';
import { formatQualityReport } from './format-quality-report';

describe('evaluateClassifier', () => {
  const labelled = (id: string, label: EmailClass, subject: string): LabelledEmail => ({
    id,
    label,
    from: { name: '', address: 'x@y.example' },
    subject,
    headers: {},
    text: '',
  });
  // A stand-in classifier that answers whatever the subject says.
  const bySubject: EmailClassifier = {
    classify: (email) => ({
      label: email.subject as EmailClass,
      confidence: 0.8,
      reasons: ['the subject says so'],
      probabilities: { support: 0, sales: 0, billing: 0, automated: 0, spam: 0 },
    }),
  };
  const report = evaluateClassifier(bySubject, [
    labelled('a', 'support', 'support'),
    labelled('b', 'support', 'support'),
    labelled('c', 'support', 'sales'),
    labelled('d', 'sales', 'sales'),
    labelled('e', 'billing', 'support'),
  ]);

  it('measures precision and recall per class from the confusion matrix', () => {
    const support = report.classes.find((q) => q.label === 'support');
    expect(support).toEqual({
      label: 'support',
      precision: 2 / 3,
      recall: 2 / 3,
      f1: 2 / 3,
      support: 3,
    });
    const sales = report.classes.find((q) => q.label === 'sales');
    expect(sales?.precision).toBe(0.5);
    expect(sales?.recall).toBe(1);
    expect(report.confusion.billing.support).toBe(1);
  });

  it('counts a class never predicted, or absent, as 0 rather than dividing by zero', () => {
    const billing = report.classes.find((q) => q.label === 'billing');
    expect(billing).toEqual({ label: 'billing', precision: 0, recall: 0, f1: 0, support: 1 });
    const spam = report.classes.find((q) => q.label === 'spam');
    expect(spam?.support).toBe(0);
  });

  it('averages over the classes and lists the mistakes', () => {
    expect(report.accuracy).toBe(3 / 5);
    expect(report.macroRecall).toBeCloseTo((2 / 3 + 1 + 0 + 0 + 0) / 5, 10);
    expect(report.mistakes.map((m) => m.id)).toEqual(['c', 'e']);
  });

  it('formats the report as a table with the mistakes', () => {
    const text = formatQualityReport('== test', report);
    expect(text).toMatch(/support +66\.7% +66\.7%/);
    expect(text).toContain('accuracy 60.0%');
    expect(text).toContain('e: billing → support (80.0%)');
  });
});
