import { aMailContent } from '@halo-outlook/sdk/testing';
import { recordMailContent } from './captured-mail';

describe('recordMailContent', () => {
  it('keeps every part it read, and only those', async () => {
    const source = aMailContent({
      html: '<p>Hi</p>',
      attachments: { 'att-1': 'QUJD', 'att-2': 'REVG' },
      original: 'RnJvbTo=',
    });
    const mail = recordMailContent(source);
    await mail.html();
    await mail.attachment('att-1');
    await expectAsync(mail.headers()).toBeRejected();
    expect(mail.captured()).toEqual({
      html: '<p>Hi</p>',
      attachments: { 'att-1': { format: 'base64', content: 'QUJD' } },
    });
  });

  it('answers a replay from what was kept, without the e-mail', async () => {
    const kept = {
      html: '<p>Hi</p>',
      attachments: { 'att-1': { format: 'base64', content: 'QUJD' } },
    } as const;
    const mail = recordMailContent(null, kept);
    expect(await mail.html()).toBe('<p>Hi</p>');
    expect(await mail.attachment('att-1')).toEqual({ format: 'base64', content: 'QUJD' });
    await expectAsync(mail.original()).toBeRejectedWith(
      jasmine.objectContaining({
        message: 'The original message was not kept with the queued log.',
        action: 'Open the email in Outlook, then retry it from the outbox.',
      }),
    );
  });

  it('reads from the e-mail what was not kept, when it is open again', async () => {
    const source = aMailContent({ original: 'RnJvbTo=' });
    const mail = recordMailContent(source, { html: '<p>kept</p>' });
    expect(await mail.html()).toBe('<p>kept</p>');
    expect(await mail.original()).toBe('RnJvbTo=');
    expect(source.reads.get('html')).toBeUndefined();
    expect(mail.captured().original).toBe('RnJvbTo=');
  });
});
