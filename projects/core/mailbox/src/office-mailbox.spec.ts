import { TestBed } from '@angular/core/testing';
import { firstValueFrom, skip, take, toArray } from 'rxjs';
import {
  MailSnapshot,
  ɵOFFICE as OFFICE,
  ɵOfficeApi as OfficeApi,
  ɵOfficeMessageRead as OfficeMessageRead,
} from '@halo-outlook/core';
import { MailboxPort } from './mailbox-port';

type Callback = (r: { status: string; value: unknown; error?: unknown }) => void;
const ok = (cb: Callback, value: unknown) => setTimeout(() => cb({ status: 'succeeded', value }));

const HEADERS =
  'Message-ID: <m2@contoso-dental.example>\r\nIn-Reply-To: <m1@contoso-dental.example>\r\n' +
  'References: <m0@contoso-dental.example>\r\n <m1@contoso-dental.example>\r\nSubject: RE: Printer\r\n';

function message(itemId: string, extra: Partial<OfficeMessageRead> = {}): OfficeMessageRead {
  return {
    itemId,
    itemType: 'message',
    internetMessageId: `<${itemId}@contoso-dental.example>`,
    conversationId: 'conv-1',
    subject: 'RE: Printer offline',
    from: { displayName: 'Alice Carter', emailAddress: 'alice.carter@contoso-dental.example' },
    sender: { displayName: 'Alice Carter', emailAddress: 'alice.carter@contoso-dental.example' },
    to: [{ displayName: 'Support', emailAddress: 'support@msp.example' }],
    cc: [],
    dateTimeCreated: new Date('2026-11-20T09:15:00Z'),
    attachments: [
      {
        id: 'att-1',
        name: 'photo.png',
        contentType: 'image/png',
        size: 2048,
        isInline: true,
        attachmentType: 'file',
      },
    ],
    body: {
      getAsync: (type: unknown, cb: Callback) => ok(cb, type === 'html' ? '<p>Hi</p>' : 'Hi'),
    },
    getAllInternetHeadersAsync: (cb: Callback) => ok(cb, HEADERS),
    getAttachmentContentAsync: (_id: string, cb: Callback) =>
      ok(cb, { content: 'iVBORw0=', format: 'base64' }),
    getAsFileAsync: (cb: Callback) => ok(cb, 'RnJvbTog'),
    ...extra,
  } as OfficeMessageRead;
}

/** A fake Outlook: Mailbox requirement sets up to 1.`minor`, a selectable item, ItemChanged. */
function fakeOutlook(minor: number) {
  let itemChanged: (() => void) | undefined;
  const mailbox = {
    item: message('item-1') as OfficeMessageRead | null,
    userProfile: { displayName: 'Sam Agent', emailAddress: 'sam@msp.example' },
    addHandlerAsync: (_type: unknown, handler: () => void) => (itemChanged = handler),
  };
  const office = {
    EventType: { ItemChanged: 'olkItemSelectedChanged' },
    CoercionType: { Html: 'html', Text: 'text' },
    context: {
      requirements: {
        isSetSupported: (name: string, v: string) =>
          name === 'Mailbox' && Number(v.split('.')[1]) <= minor,
      },
      mailbox,
    },
  } as unknown as OfficeApi;
  return { office, mailbox, fireItemChanged: () => itemChanged?.() };
}

function portOver(office: OfficeApi): MailboxPort {
  TestBed.configureTestingModule({ providers: [{ provide: OFFICE, useValue: office }] });
  return TestBed.inject(MailboxPort);
}

const settled = (port: MailboxPort) => firstValueFrom(port.item$.pipe(skip(1), take(1)));
const nextNonNull = (port: MailboxPort) =>
  new Promise<MailSnapshot>((resolve) => {
    const sub = port.item$.subscribe(
      (s) => s && (resolve(s), queueMicrotask(() => sub.unsubscribe())),
    );
  });

describe('Office mailbox adapter', () => {
  it('turns the read item into an immutable snapshot with threading headers (Mailbox 1.8)', async () => {
    const { office } = fakeOutlook(14);
    const port = portOver(office);
    const snapshot = await nextNonNull(port);
    expect(snapshot).toEqual({
      itemId: 'item-1',
      internetMessageId: '<item-1@contoso-dental.example>',
      conversationId: 'conv-1',
      inReplyTo: '<m1@contoso-dental.example>',
      references: ['<m0@contoso-dental.example>', '<m1@contoso-dental.example>'],
      subject: 'RE: Printer offline',
      from: { name: 'Alice Carter', address: 'alice.carter@contoso-dental.example' },
      sender: null,
      to: [{ name: 'Support', address: 'support@msp.example' }],
      cc: [],
      receivedAt: '2026-11-20T09:15:00.000Z',
      attachments: [
        {
          id: 'att-1',
          name: 'photo.png',
          contentType: 'image/png',
          size: 2048,
          isInline: true,
          kind: 'file',
        },
      ],
    });
    expect(Object.isFrozen(snapshot)).toBeTrue();
    expect(port.item()).toBe(snapshot);
    expect(await port.getBody('html')).toBe('<p>Hi</p>');
    expect(await port.getAttachmentContent('att-1')).toEqual({
      format: 'base64',
      content: 'iVBORw0=',
    });
    expect(await port.getMessageFile()).toBe('RnJvbTog');
    expect(port.userProfile()?.emailAddress).toBe('sam@msp.example');
  });

  it('degrades on an older Outlook instead of breaking (Mailbox 1.5)', async () => {
    const { office } = fakeOutlook(5);
    const port = portOver(office);
    const snapshot = await nextNonNull(port);
    expect(snapshot.inReplyTo).toBeNull();
    expect(snapshot.references).toEqual([]);
    expect(port.capabilities.internetHeaders).toBeFalse();
    expect(port.capabilities.messageFile).toBeFalse();
    expect(port.capabilities.itemChanged).toBeTrue();
    await expectAsync(port.getMessageFile()).toBeRejectedWith(
      jasmine.objectContaining({
        message: 'This version of Outlook cannot export the whole email.',
      }),
    );
  });

  it('follows ItemChanged, passing through null while Outlook has no item', async () => {
    const outlook = fakeOutlook(8);
    const port = portOver(outlook.office);
    await nextNonNull(port);
    const seen = firstValueFrom(port.item$.pipe(take(3), toArray()));
    outlook.mailbox.item = null;
    outlook.fireItemChanged();
    outlook.mailbox.item = message('item-2');
    outlook.fireItemChanged();
    const values = await seen;
    expect(values.map((s) => s?.itemId ?? null)).toEqual(['item-1', null, 'item-2']);
    expect(port.item()?.itemId).toBe('item-2');
  });

  it('re-reads when the pane is focused again and the item changed without an event', async () => {
    const outlook = fakeOutlook(8);
    const port = portOver(outlook.office);
    await nextNonNull(port);
    outlook.mailbox.item = message('item-3');
    const next = settled(port).then(() => nextNonNull(port));
    window.dispatchEvent(new Event('focus'));
    expect((await next).itemId).toBe('item-3');
  });

  it('outside Office has no item and says so when asked for content', async () => {
    TestBed.configureTestingModule({ providers: [{ provide: OFFICE, useValue: null }] });
    const port = TestBed.inject(MailboxPort);
    expect(port.item()).toBeNull();
    expect(port.capabilities.mailbox).toBeFalse();
    await expectAsync(port.getBody('text')).toBeRejectedWith(
      jasmine.objectContaining({ action: 'Open the add-in from an email in Outlook.' }),
    );
  });

  it('gives the header block and the Content-ID of inline images (Mailbox 1.8)', async () => {
    const { office, mailbox } = fakeOutlook(8);
    const base = message('item-5');
    mailbox.item = {
      ...base,
      attachments: [{ ...base.attachments[0], contentId: '<image001.png@01DA>' }],
    } as unknown as OfficeMessageRead;
    const port = portOver(office);
    const snapshot = await nextNonNull(port);
    expect(snapshot.attachments[0].contentId).toBe('image001.png@01DA');
    expect(await port.getInternetHeaders()).toBe(HEADERS);
  });

  it('asks Office for the header block once per email, for threading and for plugins', async () => {
    const { office, mailbox, fireItemChanged } = fakeOutlook(8);
    const asked: string[] = [];
    const counted = (itemId: string) =>
      message(itemId, {
        getAllInternetHeadersAsync: (cb: Callback) => {
          asked.push(itemId);
          ok(cb, HEADERS);
        },
      } as Partial<OfficeMessageRead>);
    mailbox.item = counted('item-7');
    const port = portOver(office);
    expect((await nextNonNull(port)).inReplyTo).toBe('<m1@contoso-dental.example>');
    expect(await port.getInternetHeaders()).toBe(HEADERS);
    expect(await port.getInternetHeaders()).toBe(HEADERS);
    expect(asked).toEqual(['item-7']);

    mailbox.item = counted('item-8');
    const next = settled(port).then(() => nextNonNull(port));
    fireItemChanged();
    expect((await next).itemId).toBe('item-8');
    expect(await port.getInternetHeaders()).toBe(HEADERS);
    expect(asked).toEqual(['item-7', 'item-8']);
  });

  it('asks Office again for the header block after a failed read', async () => {
    const { office, mailbox } = fakeOutlook(8);
    let calls = 0;
    mailbox.item = message('item-9', {
      getAllInternetHeadersAsync: (cb: Callback) => {
        calls++;
        setTimeout(() =>
          calls === 1
            ? cb({ status: 'failed', value: undefined, error: { code: 9020, message: 'Busy.' } })
            : cb({ status: 'succeeded', value: HEADERS }),
        );
      },
    } as Partial<OfficeMessageRead>);
    const port = portOver(office);
    expect((await nextNonNull(port)).inReplyTo).toBeNull();
    expect(await port.getInternetHeaders()).toBe(HEADERS);
    expect(calls).toBe(2);
  });

  it('adds categories, and says which name Outlook does not know', async () => {
    const { office, mailbox } = fakeOutlook(8);
    const added: string[][] = [];
    const master = ['Logged to Halo'];
    mailbox.item = message('item-6', {
      categories: {
        addAsync: (names: string[], cb: Callback) =>
          setTimeout(() => {
            if (names.every((n) => master.includes(n))) {
              added.push(names);
              cb({ status: 'succeeded', value: undefined });
            } else {
              cb({
                status: 'failed',
                value: undefined,
                error: { code: 9045, name: 'InvalidCategory', message: 'Invalid categories.' },
              });
            }
          }),
      },
    } as unknown as Partial<OfficeMessageRead>);
    const port = portOver(office);
    await nextNonNull(port);
    await port.addCategories(['Logged to Halo']);
    expect(added).toEqual([['Logged to Halo']]);
    await expectAsync(port.addCategories(['Halo #1042'])).toBeRejectedWith(
      jasmine.objectContaining({
        kind: 'invalid-input',
        message: 'Outlook has no category “Halo #1042” in its master list.',
      }),
    );
  });

  it('refuses headers and categories on an Outlook without Mailbox 1.8', async () => {
    const { office } = fakeOutlook(5);
    const port = portOver(office);
    await nextNonNull(port);
    await expectAsync(port.getInternetHeaders()).toBeRejectedWith(
      jasmine.objectContaining({ kind: 'office', retryable: false }),
    );
    await expectAsync(port.addCategories(['Halo #1'])).toBeRejectedWith(
      jasmine.objectContaining({ message: 'This version of Outlook cannot set categories.' }),
    );
  });

  it('gives Microsoft Graph’s REST id of an item, converted by Outlook where it can', async () => {
    const { office, mailbox } = fakeOutlook(14);
    const calls: unknown[][] = [];
    Object.assign(office, { MailboxEnums: { RestVersion: { v2_0: 'v2.0' } } });
    Object.assign(mailbox, {
      convertToRestId: (id: string, version: unknown) => {
        calls.push([id, version]);
        return id.replace(/\//g, '-').replace(/\+/g, '_');
      },
    });
    const port = portOver(office);
    expect(port.restItemId('AAMk+a/b=')).toBe('AAMk_a-b=');
    expect(calls).toEqual([['AAMk+a/b=', 'v2.0']]);
  });

  it('keeps the item id as the REST id where Outlook has no converter (mobile)', async () => {
    const { office } = fakeOutlook(14);
    expect(portOver(office).restItemId('AAMkREST-id')).toBe('AAMkREST-id');
  });
});
