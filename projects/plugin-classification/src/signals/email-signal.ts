import { ClassifiableEmail } from '../model/classifiable-email';
import { EmailClass } from '../model/email-class';

/**
 * One piece of evidence found in an email's headers or sender: how much it speaks for each class
 * (in log-odds: +2 makes a class about seven times likelier) and why, in words an agent can read.
 */
export interface EmailSignal {
  /** The rule that found it. */
  readonly id: string;
  /** Log-odds added to each class's score; classes not named are unaffected. */
  readonly weights: Readonly<Partial<Record<EmailClass, number>>>;
  /** Why it matters, e.g. `List-Unsubscribe header present (a mailing list or newsletter)`. */
  readonly reason: string;
}

/** A weighted rule: looks at an email and reports a signal, or `null` when it does not apply. */
export interface SignalRule {
  /** A stable id, used in signals and to replace a default rule. */
  readonly id: string;
  /** Finds the signal in the email, if any. */
  detect(email: ClassifiableEmail): EmailSignal | null;
}

/** Runs every rule on the email and returns the signals found, in rule order. */
export function detectSignals(
  email: ClassifiableEmail,
  rules: readonly SignalRule[],
): EmailSignal[] {
  return rules.map((rule) => rule.detect(email)).filter((s): s is EmailSignal => s !== null);
}
