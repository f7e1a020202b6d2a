import { LabelledEmail } from '../corpus/labelled-email';
import { ClassifiableEmail } from '../model/classifiable-email';
import { EMAIL_CLASSES, EmailClass } from '../model/email-class';
import { DEFAULT_SIGNAL_RULES } from '../signals/default-signal-rules';
import { detectSignals, SignalRule } from '../signals/email-signal';
import { trainNaiveBayes, wordEvidence } from '../words/naive-bayes';
import { Classification } from './classification';
import { emailWords } from './email-features';
import { explainClassification } from './explain-classification';

/** How the classifier weighs its two kinds of evidence. */
export interface EmailClassifierOptions {
  /** The weighted header and sender rules (default {@link DEFAULT_SIGNAL_RULES}; `[]` for none). */
  readonly signalRules?: readonly SignalRule[];
  /**
   * How many words' worth of evidence an email's words may carry at most (default 8). Naive Bayes
   * treats every word as independent evidence, which makes a long email look far more certain than
   * it is; capping keeps the words comparable with the rules and the confidence honest.
   */
  readonly wordEvidenceCap?: number;
  /** Whether to use the words at all (default true; false leaves only the rules and the priors). */
  readonly useWords?: boolean;
}

/** A trained classifier. */
export interface EmailClassifier {
  /** Classifies one email. */
  classify(email: ClassifiableEmail): Classification;
}

/**
 * Trains a classifier on labelled emails: naive Bayes on words, plus weighted rules on headers and
 * sender, added as log-odds and turned into probabilities.
 *
 * @usageNotes
 * ```ts
 * const classifier = createEmailClassifier(labelledCorpus());
 * classifier.classify(email); // { label: 'billing', confidence: 0.93, reasons: [...] }
 * ```
 */
export function createEmailClassifier(
  training: readonly LabelledEmail[],
  options: EmailClassifierOptions = {},
): EmailClassifier {
  const rules = options.signalRules ?? DEFAULT_SIGNAL_RULES;
  const cap = options.wordEvidenceCap ?? 8;
  const useWords = options.useWords ?? true;
  const model = trainNaiveBayes(
    EMAIL_CLASSES,
    training.map((e) => ({ label: e.label, words: emailWords(e) })),
  );
  return {
    classify(email) {
      const words = emailWords(email);
      const signals = detectSignals(email, rules);
      const { sums, known } = wordEvidence(model, words);
      const scale = useWords && known.length ? Math.min(cap, known.length) / known.length : 0;
      const scores = {} as Record<EmailClass, number>;
      for (const c of EMAIL_CLASSES) {
        const ruleWeight = signals.reduce((s, signal) => s + (signal.weights[c] ?? 0), 0);
        scores[c] = model.logPriors[c] + scale * sums[c] + ruleWeight;
      }
      const probabilities = softmax(scores);
      const label = EMAIL_CLASSES.reduce((best, c) =>
        probabilities[c] > probabilities[best] ? c : best,
      );
      return {
        label,
        confidence: probabilities[label],
        reasons: explainClassification(model, label, useWords ? words : [], signals),
        probabilities,
      };
    },
  };
}

function softmax(scores: Record<EmailClass, number>): Record<EmailClass, number> {
  const max = Math.max(...EMAIL_CLASSES.map((c) => scores[c]));
  const exp = EMAIL_CLASSES.map((c) => Math.exp(scores[c] - max));
  const total = exp.reduce((a, b) => a + b, 0);
  return Object.fromEntries(EMAIL_CLASSES.map((c, i) => [c, exp[i] / total])) as Record<
    EmailClass,
    number
  >;
}
