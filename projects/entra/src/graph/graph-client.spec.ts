import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { EntraSession } from '../session/entra-session';
import { ALEX, FakePca, configureEntra, tokenFor } from '../testing/fake-msal.spec';
import { GraphClient } from './graph-client';

const GRAPH = 'https://graph.microsoft.com/v1.0';

describe('GraphClient', () => {
  let pca: FakePca;
  let graph: GraphClient;
  let http: HttpTestingController;

  beforeEach(async () => {
    pca = new FakePca();
    pca.accounts = [ALEX];
    pca.silent = async (request) => tokenFor(request.scopes, `token-for-${request.scopes[0]}`);
    configureEntra(pca, 'popup');
    await TestBed.inject(EntraSession).restore();
    graph = TestBed.inject(GraphClient);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  /** Waits until the client has its token and sent its request. */
  const sent = () => new Promise((resolve) => setTimeout(resolve));

  it('reads the signed-in user with a User.Read token', async () => {
    const me = graph.me();
    await sent();
    const request = http.expectOne(`${GRAPH}/me?$select=id,displayName,mail,userPrincipalName`);
    expect(request.request.headers.get('Authorization')).toBe('Bearer token-for-User.Read');
    request.flush({
      id: 'u1',
      displayName: 'Alex Morgan',
      userPrincipalName: 'alex@contoso.example',
    });
    expect(await me).toEqual({
      id: 'u1',
      displayName: 'Alex Morgan',
      mail: null,
      userPrincipalName: 'alex@contoso.example',
    });
  });

  it('lists a conversation with the filter Graph accepts, every page, oldest first', async () => {
    const thread = graph.conversationMessages("AAQkAD+/x'y=");
    await sent();
    const first = http.expectOne((r) => r.url.startsWith(`${GRAPH}/me/messages?`));
    const url = new URL(first.request.url);
    expect(url.searchParams.get('$filter')).toBe("conversationId eq 'AAQkAD+/x''y='");
    expect(url.searchParams.get('$select')).toBe(
      'id,internetMessageId,subject,from,receivedDateTime,hasAttachments',
    );
    expect(url.searchParams.has('$orderby')).toBeFalse(); // Graph: InefficientFilter
    expect(first.request.headers.get('Authorization')).toBe('Bearer token-for-Mail.Read');
    first.flush({
      value: [
        {
          id: 'm3',
          internetMessageId: '<m3@x>',
          subject: 'RE: RE: Printer',
          from: { emailAddress: { name: 'Alice', address: 'alice@contoso.example' } },
          receivedDateTime: '2026-11-20T11:00:00Z',
          hasAttachments: true,
        },
        { id: 'broken' },
      ],
      '@odata.nextLink': `${GRAPH}/me/messages?$skiptoken=page2`,
    });
    await sent();
    http.expectOne(`${GRAPH}/me/messages?$skiptoken=page2`).flush({
      value: [{ id: 'm1', subject: 'Printer', receivedDateTime: '2026-11-20T09:00:00Z' }],
    });
    expect(await thread).toEqual([
      {
        id: 'm1',
        internetMessageId: null,
        subject: 'Printer',
        from: null,
        receivedDateTime: '2026-11-20T09:00:00Z',
        hasAttachments: false,
      },
      {
        id: 'm3',
        internetMessageId: '<m3@x>',
        subject: 'RE: RE: Printer',
        from: { name: 'Alice', address: 'alice@contoso.example' },
        receivedDateTime: '2026-11-20T11:00:00Z',
        hasAttachments: true,
      },
    ]);
  });

  it('does not send the token to a next link on another site', async () => {
    const thread = graph.conversationMessages('c1');
    await sent();
    http
      .expectOne((r) => r.url.startsWith(`${GRAPH}/me/messages?`))
      .flush({ value: [], '@odata.nextLink': 'https://elsewhere.example/steal' });
    await expectAsync(thread).toBeRejectedWith(
      jasmine.objectContaining({ message: 'Microsoft Graph pointed the add-in at another site.' }),
    );
  });

  it('reads a message’s MIME as bytes from /$value', async () => {
    const mime = graph.messageMime('AAMkAD-rest_id=');
    await sent();
    const request = http.expectOne(`${GRAPH}/me/messages/AAMkAD-rest_id%3D/$value`);
    expect(request.request.responseType).toBe('arraybuffer');
    request.flush(new TextEncoder().encode('From: a@b\r\n\r\nHi').buffer);
    expect(new TextDecoder().decode(await mime)).toBe('From: a@b\r\n\r\nHi');
  });

  it('words Graph’s refusals for the agent', async () => {
    const cases: [number, string][] = [
      [401, 'Microsoft Graph no longer accepts your Microsoft sign-in.'],
      [
        403,
        'Feature unavailable: Microsoft Graph refused to give the message because the permission Mail.Read was not consented.',
      ],
      [404, 'Microsoft Graph did not find the message in your mailbox.'],
      [503, 'Microsoft Graph had a problem answering (503).'],
    ];
    for (const [status, message] of cases) {
      const mime = graph.messageMime('m1');
      await sent();
      http
        .expectOne(`${GRAPH}/me/messages/m1/$value`)
        .flush(new TextEncoder().encode('{"error":{"code":"ErrorItemNotFound"}}').buffer, {
          status,
          statusText: 'x',
        });
      await expectAsync(mime).toBeRejectedWith(jasmine.objectContaining({ message }));
    }
  });

  it('keeps how long Graph asks to wait when it limits the add-in', async () => {
    const mime = graph.messageMime('m1');
    await sent();
    http
      .expectOne(`${GRAPH}/me/messages/m1/$value`)
      .flush(new ArrayBuffer(0), { status: 429, statusText: 'x', headers: { 'Retry-After': '7' } });
    await expectAsync(mime).toBeRejectedWith(
      jasmine.objectContaining({ kind: 'rate-limited', retryAfterMs: 7000 }),
    );
  });

  it('says Graph could not be reached when the request never got an answer', async () => {
    const mime = graph.messageMime('m1');
    await sent();
    http.expectOne(`${GRAPH}/me/messages/m1/$value`).error(new ProgressEvent('error'));
    await expectAsync(mime).toBeRejectedWith(
      jasmine.objectContaining({
        kind: 'offline',
        action: jasmine.stringMatching(/allow https:\/\/graph\.microsoft\.com .*connect-src/),
      }),
    );
  });

  it('passes on that the agent must sign in, without calling Graph', async () => {
    await TestBed.inject(EntraSession).signOut();
    await expectAsync(graph.messageMime('m1')).toBeRejectedWith(
      jasmine.objectContaining({ message: 'You are not signed in to Microsoft.' }),
    );
  });

  it('stops when the caller aborts', async () => {
    const controller = new AbortController();
    const mime = graph.messageMime('m1', { signal: controller.signal });
    await sent();
    const request = http.expectOne(`${GRAPH}/me/messages/m1/$value`);
    controller.abort(new DOMException('another email', 'AbortError'));
    await expectAsync(mime).toBeRejected();
    expect(request.cancelled).toBeTrue();
  });
});
