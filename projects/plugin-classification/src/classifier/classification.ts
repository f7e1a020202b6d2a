import { EmailClass } from '../model/email-class';

/** What the classifier says about one email. */
export interface Classification {
  /** The most likely class. */
  readonly label: EmailClass;
  /** The probability of that class, from 0 to 1. */
  readonly confidence: number;
  /** Why, strongest evidence first, in words an agent can read. */
  readonly reasons: readonly string[];
  /** The probability of every class (they sum to 1). */
  readonly probabilities: Readonly<Record<EmailClass, number>>;
}
