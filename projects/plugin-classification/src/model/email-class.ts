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

/** Whether a value is one of the {@link EMAIL_CLASSES}. */
export function isEmailClass(value: unknown): value is EmailClass {
  return EMAIL_CLASSES.includes(value as EmailClass);
}
