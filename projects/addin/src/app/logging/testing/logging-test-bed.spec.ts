// Test set-up of the logging specs: the pane's email test bed with a mailbox that also gives the
// email's content and takes categories, the built-in log actions, the store and the logging effects.
// (A .spec.ts file so the app build leaves it out.)
import { type EnvironmentProviders, type Provider } from '@angular/core';
import { AppError, type MailAttachmentContent, type MailboxCapabilities } from '@halo-outlook/core';
import { MailboxPort } from '@halo-outlook/core/mailbox';
import { builtInLogActions } from '@halo-outlook/log-actions';
import { HALO_LOG_ACTIONS, type LogAction } from '@halo-outlook/sdk';
import { aHaloOutcome, type HaloFixtures } from '@halo-outlook/sdk/testing';
import { provideStore } from '@ngrx/store';
import {
  emailTestBed,
  type EmailTestBed,
  TestMailbox,
  testTenant,
} from '../../resolution/testing/email-test-bed.spec';
import { provideEmailLogging } from '../provide-email-logging';

/** Capabilities of a current Outlook. */
export const CURRENT_OUTLOOK: MailboxCapabilities = {
  mailbox: true,
  bodyHtml: true,
  itemChanged: true,
  internetHeaders: true,
  categories: true,
  attachmentContent: true,
  messageFile: true,
};

/** The test mailbox, with content for the open email and a master category list. */
export class ContentMailbox extends TestMailbox {
  override readonly capabilities: MailboxCapabilities = CURRENT_OUTLOOK;
  html = '<p>It is offline again.</p>';
  attachments: Record<string, MailAttachmentContent> = {};
  original = 'RnJvbTog';
  masterCategories = ['Logged to Halo'];
  readonly categories: string[][] = [];

  getBody(format: 'html' | 'text'): Promise<string> {
    return Promise.resolve(format === 'html' ? this.html : this.html.replace(/<[^>]+>/g, ''));
  }
  getAttachmentContent(id: string): Promise<MailAttachmentContent> {
    const found = this.attachments[id];
    return found
      ? Promise.resolve(found)
      : Promise.reject(new AppError({ kind: 'office', message: 'no', action: 'x' }));
  }
  getMessageFile(): Promise<string> {
    return Promise.resolve(this.original);
  }
  getInternetHeaders(): Promise<string> {
    return Promise.resolve('');
  }
  async addCategories(names: readonly string[]): Promise<void> {
    if (names.some((n) => !this.masterCategories.includes(n))) {
      throw new AppError({
        kind: 'invalid-input',
        message: 'Not a master category.',
        action: 'Create it.',
      });
    }
    this.categories.push([...names]);
  }
  userProfile() {
    return null;
  }
  async refresh(): Promise<void> {
    // Nothing to read again.
  }
}

/** What {@link loggingTestBed} set up. */
export interface LoggingTestBed extends Omit<EmailTestBed, 'mailbox'> {
  readonly mailbox: ContentMailbox;
}

/**
 * The pane's email test bed with logging: the built-in log actions (and `extra`), a content
 * mailbox, `provideStore()` and `provideEmailLogging()`.
 */
export function loggingTestBed(
  fixtures: HaloFixtures = loggingTenant(),
  extra: readonly LogAction[] = [],
): LoggingTestBed {
  const bed = emailTestBed(fixtures);
  const mailbox = new ContentMailbox();
  const providers: (Provider | EnvironmentProviders)[] = [
    ...bed.providers,
    {
      provide: HALO_LOG_ACTIONS,
      multi: true,
      useValue: { plugins: [...builtInLogActions(), ...extra] },
    },
    { provide: MailboxPort, useValue: mailbox },
    provideStore(),
    provideEmailLogging(),
  ];
  return { ...bed, mailbox, providers };
}

/** The pane's test tenant with the outcomes and ticket types logging reads. */
export function loggingTenant(): HaloFixtures {
  return {
    ...testTenant(),
    outcomes: [
      aHaloOutcome({ id: 3, name: 'Inbound E-mail' }),
      aHaloOutcome({ id: 21, name: 'Logged from Outlook', hiddenFromUser: true }),
    ],
    ticketTypes: [
      {
        id: 1,
        name: 'Incident',
        use: 'tickets',
        inactive: false,
        agentsCanSelect: true,
        emailStartTag: '[ID:',
        emailEndTag: ']',
      },
    ],
  };
}
