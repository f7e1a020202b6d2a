import { TestBed } from '@angular/core/testing';
import { NO_MAILBOX_CAPABILITIES } from '@halo-outlook/core/mailbox';
import { MailboxPort } from '@halo-outlook/core/mailbox';
import { aMailSnapshot } from '@halo-outlook/sdk/testing';
import { ALL_CAPABILITIES, FakeMailbox } from '../testing/sdk-test-setup.spec';
import { MailContentSource } from './mail-content-source';
import { ORIGINAL_MESSAGE_FALLBACK } from './original-message-fallback';

describe('MailContentSource', () => {
  const email = aMailSnapshot({ subject: 'Printer offline' });

  function setUp(mailbox: FakeMailbox, extra: unknown[] = []) {
    TestBed.configureTestingModule({
      providers: [{ provide: MailboxPort, useValue: mailbox }, ...(extra as never[])],
    });
    return TestBed.inject(MailContentSource);
  }

  it('reads each part from Outlook once per e-mail, shared by every reader', async () => {
    const mailbox = new FakeMailbox(ALL_CAPABILITIES, {
      html: '<p>Hi</p>',
      text: 'Hi',
      headers: 'List-Id: <support.msp.example>\r\n',
      attachments: { 'att-1': { format: 'base64', content: 'iVBORw0=' } },
      original: 'RnJvbTo=',
    });
    mailbox.open(email);
    const source = setUp(mailbox);
    const [a, b] = [source.for(email), source.for(email)];
    expect(await Promise.all([a.html(), b.html()])).toEqual(['<p>Hi</p>', '<p>Hi</p>']);
    expect(await a.text()).toBe('Hi');
    expect(await b.headers()).toEqual({ 'list-id': '<support.msp.example>' });
    expect(await a.attachment('att-1')).toEqual({ format: 'base64', content: 'iVBORw0=' });
    expect(await b.original()).toBe('RnJvbTo=');
    expect(mailbox.reads).toEqual(['html', 'text', 'headers', 'attachment:att-1', 'original']);
  });

  it('refuses to read when another e-mail is open, rather than reading the wrong one', async () => {
    const mailbox = new FakeMailbox(ALL_CAPABILITIES, { html: '<p>other</p>' });
    mailbox.open(aMailSnapshot());
    const mail = setUp(mailbox).for(email);
    await expectAsync(mail.html()).toBeRejectedWith(
      jasmine.objectContaining({
        kind: 'not-found',
        message: 'Another email was opened before the body could be read.',
      }),
    );
    expect(mailbox.reads).toEqual([]);
  });

  it('says the host cannot give a part it lacks, and reads again after a failure', async () => {
    const mailbox = new FakeMailbox(
      { ...ALL_CAPABILITIES, internetHeaders: false, messageFile: false },
      { text: 'Hi' },
    );
    mailbox.open(email);
    const mail = setUp(mailbox).for(email);
    await expectAsync(mail.headers()).toBeRejectedWith(
      jasmine.objectContaining({
        kind: 'office',
        message:
          'This version of Outlook cannot give the internet headers of the email to the add-in.',
        retryable: false,
      }),
    );
    await expectAsync(mail.original()).toBeRejectedWith(
      jasmine.objectContaining({ kind: 'office' }),
    );
    await expectAsync(mail.html()).toBeRejected(); // Outlook failed this time
    mailbox.content.html = '<p>Hi</p>';
    expect(await mail.html()).toBe('<p>Hi</p>');
  });

  it('takes the original message from the fallback when Outlook cannot export it', async () => {
    const mailbox = new FakeMailbox({ ...ALL_CAPABILITIES, messageFile: false });
    mailbox.open(email);
    const asked: string[] = [];
    const source = setUp(mailbox, [
      {
        provide: ORIGINAL_MESSAGE_FALLBACK,
        useValue: async (s: typeof email) => {
          asked.push(s.itemId);
          return 'R3JhcGg=';
        },
      },
    ]);
    expect(await source.for(email).original()).toBe('R3JhcGg=');
    expect(asked).toEqual([email.itemId]);
  });

  it('outside Outlook passes on the port’s own explanation', async () => {
    const mailbox = new FakeMailbox(NO_MAILBOX_CAPABILITIES);
    const mail = setUp(mailbox).for(email);
    await expectAsync(mail.text()).toBeRejectedWith(
      jasmine.objectContaining({ message: 'no text' }),
    );
  });
});
