import { Candidate, Matcher } from '@halo-outlook/sdk';
import { createEmailClassifier, EmailClassifier } from '../classifier/email-classifier';
import { labelledCorpus } from '../corpus/labelled-corpus';
import { normalizeHeaders } from '../model/classifiable-email';
import { EMAIL_CLASS_LABELS, classificationTagId } from '../model/email-class';
import { ClassificationMatcherOptions } from './classification-matcher-options';
import { readEmailContent } from './read-email-content';

/** The id of the classification matcher. */
export const CLASSIFICATION_MATCHER_ID = 'example.classification';

/**
 * Creates the matcher that classifies an email as support, sales, billing, automated or spam, in
 * the browser, and proposes it as a `tag` candidate with the classifier's confidence and reasons.
 * `data` carries `classification`, `probabilities` and, when mapped in the options, `ticketTypeId`.
 *
 * @usageNotes
 * ```ts
 * provideHaloPlugins(
 *   withMatchers(classificationMatcher({ ticketTypes: { support: 1, sales: 4, billing: 7 } })),
 * );
 * ```
 */
export function classificationMatcher(options: ClassificationMatcherOptions = {}): Matcher {
  const minimum = options.minimumConfidence ?? 0.5;
  let classifier: EmailClassifier | null = options.classifier ?? null;
  return {
    id: CLASSIFICATION_MATCHER_ID,
    priority: 5,
    timeoutMs: 2000,
    match: async (context) => {
      const { snapshot } = context;
      const content = await (options.readContent ?? readEmailContent)(context);
      classifier ??= createEmailClassifier(labelledCorpus());
      const result = classifier.classify({
        from: snapshot.from,
        subject: snapshot.subject,
        headers: normalizeHeaders(content.headers),
        text: content.text,
      });
      if (result.confidence < minimum) return [];
      const ticketTypeId = options.ticketTypes?.[result.label];
      const candidate: Candidate = {
        kind: 'tag',
        id: classificationTagId(result.label),
        label: EMAIL_CLASS_LABELS[result.label],
        confidence: result.confidence,
        reason: `${EMAIL_CLASS_LABELS[result.label]}: ${result.reasons.join('; ')}.`,
        data: {
          classification: result.label,
          probabilities: result.probabilities,
          ...(ticketTypeId === undefined ? {} : { ticketTypeId }),
        },
      };
      return [candidate];
    },
  };
}
