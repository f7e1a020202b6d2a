import { EmailClass } from '../model/email-class';
import { EmailSignal } from '../signals/email-signal';
import { NaiveBayesModel, strongestWordsFor } from '../words/naive-bayes';
import { SENDER_WORD_PREFIX } from './email-features';

/**
 * Says why an email was given a class, strongest evidence first: the rules that spoke for it (by
 * weight), then the words that speak most for it ("words like 'invoice', 'payment'") and the
 * sender's address when it does.
 */
export function explainClassification(
  model: NaiveBayesModel<EmailClass>,
  label: EmailClass,
  words: readonly string[],
  signals: readonly EmailSignal[],
): string[] {
  const reasons = signals
    .filter((s) => (s.weights[label] ?? 0) > 0)
    .sort((a, b) => (b.weights[label] ?? 0) - (a.weights[label] ?? 0))
    .map((s) => s.reason);
  const strongest = strongestWordsFor(model, label, words, 6);
  const plain = strongest.filter((w) => !w.startsWith('_') && !w.startsWith(SENDER_WORD_PREFIX));
  if (plain.length) {
    reasons.push(
      `words like ${plain
        .slice(0, 3)
        .map((w) => `'${w}'`)
        .join(', ')}`,
    );
  }
  const sender = strongest.filter((w) => w.startsWith(SENDER_WORD_PREFIX));
  if (sender.length) {
    const parts = sender.map((w) => `'${w.slice(SENDER_WORD_PREFIX.length)}'`).join(', ');
    reasons.push(`a sender address with ${parts} in it`);
  }
  if (strongest.includes('_money_')) reasons.push('an amount of money');
  if (!reasons.length) reasons.push('no strong evidence either way: the most likely class overall');
  return reasons;
}
