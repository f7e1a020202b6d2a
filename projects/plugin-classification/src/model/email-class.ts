/** The kinds of email the classifier tells apart. */
export type EmailClass = 'support' | 'sales' | 'billing' | 'automated' | 'spam';

/** Every class, in the order reports list them. */
export const EMAIL_CLASSES: readonly EmailClass[] = [
  'support',
  'sales',
  'billing',
  'automated',
  'spam',
];

/** How each class is named to an agent. */
export const EMAIL_CLASS_LABELS: Readonly<Record<EmailClass, string>> = {
  support: 'Support request',
  sales: 'Sales enquiry',
  billing: 'Billing question',
  automated: 'Automated email',
  spam: 'Spam',
};

/** The prefix of the tag the classification matcher proposes: `class:support`, `class:spam`… */
export const CLASSIFICATION_TAG_PREFIX = 'class:';

/**
 * The id of the tag the classification matcher proposes for a class (`class:billing`), as the
 * pane's settings map it to a ticket type.
 *
 * @usageNotes
 * `classificationTagId('billing')` → `'class:billing'`
 */
export function classificationTagId(emailClass: EmailClass): string {
  return CLASSIFICATION_TAG_PREFIX + emailClass;
}

/** Whether a value is one of the {@link EMAIL_CLASSES}. */
export function isEmailClass(value: unknown): value is EmailClass {
  return EMAIL_CLASSES.includes(value as EmailClass);
}
