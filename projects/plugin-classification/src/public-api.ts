/*
 * Public API of @halo-outlook/plugin-classification: an example plugin that classifies an email
 * (support, sales, billing, automated, spam) in the browser and explains why.
 */
export {
  CLASSIFICATION_TAG_PREFIX,
  EMAIL_CLASSES,
  EMAIL_CLASS_LABELS,
  classificationTagId,
  isEmailClass,
} from './model/email-class';
export type { EmailClass } from './model/email-class';
export { normalizeHeaders } from './model/classifiable-email';
export type { ClassifiableEmail } from './model/classifiable-email';
export { tokenize } from './words/tokenize';
export {
  strongestWordsFor,
  trainNaiveBayes,
  wordEvidence,
  wordLogLikelihood,
} from './words/naive-bayes';
export type { NaiveBayesModel, TrainingDocument } from './words/naive-bayes';
export { detectSignals } from './signals/email-signal';
export type { EmailSignal, SignalRule } from './signals/email-signal';
export { HEADER_SIGNAL_RULES } from './signals/header-signal-rules';
export { SENDER_SIGNAL_RULES } from './signals/sender-signal-rules';
export { DEFAULT_SIGNAL_RULES } from './signals/default-signal-rules';
export type { Classification } from './classifier/classification';
export { createEmailClassifier } from './classifier/email-classifier';
export type { EmailClassifier, EmailClassifierOptions } from './classifier/email-classifier';
export { labelledCorpus } from './corpus/labelled-corpus';
export { readLabelledEmails } from './corpus/labelled-email';
export type { LabelledEmail } from './corpus/labelled-email';
export { splitCorpus } from './corpus/split-corpus';
export type { CorpusSplit } from './corpus/split-corpus';
export { evaluateClassifier } from './evaluation/evaluate-classifier';
export type { ClassQuality, QualityReport } from './evaluation/evaluate-classifier';
export { formatQualityReport } from './evaluation/format-quality-report';
export { CLASSIFICATION_MATCHER_ID, classificationMatcher } from './matcher/classification-matcher';
export type { ClassificationMatcherOptions } from './matcher/classification-matcher-options';
export type { EmailContent, EmailContentReader } from './matcher/email-content';
