import { AppError } from '@halo-outlook/sdk';
import { threadEml } from './conversation-fixtures.spec';
import { readEmlMessage } from './eml-message';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('readEmlMessage', () => {
  it('describes the message as the pane describes an open e-mail', async () => {
    const { snapshot } = await readEmlMessage(bytes(threadEml.third), 'm-3', 'AAQk-conv');
    expect(snapshot.itemId).toBe('m-3');
    expect(snapshot.conversationId).toBe('AAQk-conv');
    expect(snapshot.internetMessageId).toBe('<vpn-3@contoso-dental.example>');
    expect(snapshot.inReplyTo).toBe('<vpn-2@msp.example>');
    expect(snapshot.references).toEqual(['<vpn-1@contoso-dental.example>', '<vpn-2@msp.example>']);
    expect(snapshot.from).toEqual({
      name: 'Alice Carter',
      address: 'alice.carter@contoso-dental.example',
    });
    expect(snapshot.to).toEqual([{ name: 'MSP Support', address: 'support@msp.example' }]);
    expect(snapshot.receivedAt).toBe('2026-11-16T10:05:00.000Z');
    expect(
      snapshot.attachments.map((a) => [a.id, a.name, a.isInline, a.contentId ?? null]),
    ).toEqual([
      ['m-3#0', 'attachment-1', true, 'logo@contoso'],
      ['m-3#1', 'vpn-client.log', false, null],
    ]);
    expect(Object.isFrozen(snapshot)).toBeTrue();
  });

  it('gives the body, the headers, each attachment and the original bytes', async () => {
    const { mail } = await readEmlMessage(bytes(threadEml.third), 'm-3', null);
    expect(await mail.html()).toContain('<img src="cid:logo@contoso" alt="logo">');
    expect((await mail.headers())['message-id']).toBe('<vpn-3@contoso-dental.example>');
    expect(await mail.attachment('m-3#1')).toEqual({
      format: 'base64',
      content: 'MDg6MDAgZHJvcHBlZAo=',
    });
    expect(atob(await mail.original())).toBe(threadEml.third);
    await expectAsync(mail.attachment('m-3#9')).toBeRejectedWith(jasmine.any(AppError));
  });

  it('shows a plain-text message as escaped, preformatted HTML', async () => {
    const { mail } = await readEmlMessage(bytes(threadEml.first), 'm-1', null);
    expect(await mail.text()).toContain('<since Friday>');
    expect(await mail.html()).toContain('&lt;since Friday&gt;');
    expect(await mail.html()).toContain('<pre');
  });

  it('refuses bytes that are not an e-mail, saying what to do', async () => {
    const error = await readEmlMessage(bytes('just some words'), 'm-x', null).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toEqual(jasmine.any(AppError));
    expect((error as AppError).message).toContain('could not be read');
    expect((error as AppError).action).toContain('Untick it');
  });
});
