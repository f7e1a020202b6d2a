import { EmailClassifier } from '../classifier/email-classifier';
import { EmailClass } from '../model/email-class';
import { EmailContentReader } from './email-content';

/** How the classification matcher is set up by the add-in's administrator. */
export interface ClassificationMatcherOptions {
  /**
   * The Halo ticket type to preselect on create for each class (`{ support: 1, billing: 7 }`).
   * The chosen id is carried in the tag candidate's `data.ticketTypeId`.
   */
  readonly ticketTypes?: Readonly<Partial<Record<EmailClass, number>>>;
  /** Below this confidence no tag is proposed (default 0.5). */
  readonly minimumConfidence?: number;
  /**
   * Reads the body and headers (default: from the match context, `context.mail`; a part Outlook
   * cannot give is left empty and only the subject and sender are classified).
   */
  readonly readContent?: EmailContentReader;
  /** The classifier to use (default: trained on the whole labelled corpus, on first use). */
  readonly classifier?: EmailClassifier;
}
