import { EMAIL_CLASSES } from '../model/email-class';
import { LabelledEmail } from './labelled-email';

/** A corpus split into the emails to learn from and the emails kept back to measure on. */
export interface CorpusSplit {
  /** Emails the model learns from. */
  readonly train: readonly LabelledEmail[];
  /** Emails never shown to the model in training, to measure precision and recall. */
  readonly heldOut: readonly LabelledEmail[];
}

/**
 * Splits a corpus deterministically and per class: within each class, in corpus order, every
 * `heldOutEvery`-th email is held out (the 4th, 8th… by default, a quarter of each class).
 */
export function splitCorpus(emails: readonly LabelledEmail[], heldOutEvery = 4): CorpusSplit {
  const train: LabelledEmail[] = [];
  const heldOut: LabelledEmail[] = [];
  for (const label of EMAIL_CLASSES) {
    emails
      .filter((e) => e.label === label)
      .forEach((e, i) => ((i + 1) % heldOutEvery === 0 ? heldOut : train).push(e));
  }
  return { train, heldOut };
}
