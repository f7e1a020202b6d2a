import { EmailClassifier } from '../classifier/email-classifier';
import { LabelledEmail } from '../corpus/labelled-email';
import { EMAIL_CLASSES, EmailClass } from '../model/email-class';

/** Precision and recall of one class. */
export interface ClassQuality {
  /** The class. */
  readonly label: EmailClass;
  /** Of the emails given this class, the share that really were (0 when none were given it). */
  readonly precision: number;
  /** Of the emails of this class, the share the classifier found. */
  readonly recall: number;
  /** The harmonic mean of precision and recall (0 when both are 0). */
  readonly f1: number;
  /** How many emails of this class the set holds. */
  readonly support: number;
}

/** How well a classifier did on a labelled set. */
export interface QualityReport {
  /** Per class, in {@link EMAIL_CLASSES} order. */
  readonly classes: readonly ClassQuality[];
  /** Mean precision over the classes. */
  readonly macroPrecision: number;
  /** Mean recall over the classes. */
  readonly macroRecall: number;
  /** Mean F1 over the classes. */
  readonly macroF1: number;
  /** The share of emails classified correctly. */
  readonly accuracy: number;
  /** `confusion[actual][predicted]` = how many emails. */
  readonly confusion: Readonly<Record<EmailClass, Readonly<Record<EmailClass, number>>>>;
  /** The emails it got wrong. */
  readonly mistakes: readonly {
    readonly id: string;
    readonly actual: EmailClass;
    readonly predicted: EmailClass;
    readonly confidence: number;
  }[];
}

/** Classifies every email of a labelled set and measures precision and recall per class. */
export function evaluateClassifier(
  classifier: EmailClassifier,
  emails: readonly LabelledEmail[],
): QualityReport {
  const confusion = Object.fromEntries(
    EMAIL_CLASSES.map((a) => [a, Object.fromEntries(EMAIL_CLASSES.map((p) => [p, 0]))]),
  ) as Record<EmailClass, Record<EmailClass, number>>;
  const mistakes: QualityReport['mistakes'][number][] = [];
  for (const email of emails) {
    const { label, confidence } = classifier.classify(email);
    confusion[email.label][label] += 1;
    if (label !== email.label) {
      mistakes.push({ id: email.id, actual: email.label, predicted: label, confidence });
    }
  }
  const classes = EMAIL_CLASSES.map((label): ClassQuality => {
    const truePositives = confusion[label][label];
    const predicted = EMAIL_CLASSES.reduce((s, a) => s + confusion[a][label], 0);
    const support = EMAIL_CLASSES.reduce((s, p) => s + confusion[label][p], 0);
    const precision = predicted ? truePositives / predicted : 0;
    const recall = support ? truePositives / support : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { label, precision, recall, f1, support };
  });
  const mean = (pick: (q: ClassQuality) => number): number =>
    classes.reduce((s, q) => s + pick(q), 0) / classes.length;
  const correct = EMAIL_CLASSES.reduce((s, c) => s + confusion[c][c], 0);
  return {
    classes,
    macroPrecision: mean((q) => q.precision),
    macroRecall: mean((q) => q.recall),
    macroF1: mean((q) => q.f1),
    accuracy: emails.length ? correct / emails.length : 0,
    confusion,
    mistakes,
  };
}
