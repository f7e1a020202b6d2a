import { MergedCandidate, validateLogOutcome } from '@halo-outlook/sdk';
import {
  aLogActionContext,
  aMailContent,
  aMailSnapshot,
  describeLogActionContract,
  RecordingPluginLogger,
} from '@halo-outlook/sdk/testing';
import { hmacSha256 } from '../request/hmac-sha256';
import { runbookLogAction } from './runbook-log-action';

function merged(kind: MergedCandidate['kind'], id: number, label: string): MergedCandidate {
  return {
    kind,
    id,
    label,
    confidence: 0.95,
    reason: 'test',
    reasons: ['test'],
    sources: ['test'],
  };
}

const picture = {
  contact: merged('contact', 38, 'Prize Desk'),
  client: merged('client', 12, 'Prize Ltd'),
  threadTickets: [merged('ticket', 1042, 'Win a prize')],
  openTickets: [merged('ticket', 977, 'Older ticket')],
};
const snapshot = aMailSnapshot({ from: 'Prize Desk <win@prize.example>', subject: 'Win a prize' });
const url = 'https://acme.halopsa.example/api/runbook/start/abc';

describe('runbookLogAction', () => {
  it('posts the email, signed, and reports the thread ticket', async () => {
    const posted: Request[] = [];
    const action = runbookLogAction({
      id: 'acme.mark-spam',
      label: 'Mark as spam in Halo',
      url,
      auth: { kind: 'signature', secret: 's3cret' },
      fetch: async (input, init) => {
        posted.push(new Request(input, init));
        return new Response(null, { status: 200 });
      },
    });
    const outcome = await action.run(aLogActionContext(snapshot, { picture }), {
      text: 'Click here to claim.',
    });
    expect(outcome).toEqual({
      status: 'done',
      ticketId: 1042,
      message: 'Mark as spam in Halo: the runbook was started.',
    });
    const body = await posted[0].text();
    expect(JSON.parse(body)).toEqual(
      jasmine.objectContaining({
        summary: 'Win a prize',
        sender_email: 'win@prize.example',
        text: 'Click here to claim.',
        contact_id: 38,
        client_id: 12,
        ticket_ids: [1042, 977],
      }),
    );
    expect(posted[0].headers.get('X-Signature')).toBe(await hmacSha256('s3cret', body));
  });

  it('reads the body text from the context, and reports no ticket when the thread has none', async () => {
    const posted: Request[] = [];
    const action = runbookLogAction({
      label: 'Open opportunity',
      url,
      auth: { kind: 'none' },
      fetch: async (input, init) => {
        posted.push(new Request(input, init));
        return new Response(null, { status: 202 });
      },
    });
    const mail = aMailContent({ text: 'We would like a quote for six laptops.' });
    const outcome = await action.run(aLogActionContext(snapshot, { mail }), undefined);
    expect(outcome).toEqual({
      status: 'done',
      message: 'Open opportunity: the runbook was started.',
    });
    expect(validateLogOutcome(outcome).ok).toBeTrue();
    expect(JSON.parse(await posted[0].text()).text).toBe('We would like a quote for six laptops.');
  });

  it('posts without text when Outlook cannot give the body', async () => {
    const posted: Request[] = [];
    const action = runbookLogAction({
      label: 'x',
      url,
      auth: { kind: 'none' },
      fetch: async (input, init) => {
        posted.push(new Request(input, init));
        return new Response(null, { status: 200 });
      },
    });
    const outcome = await action.run(aLogActionContext(snapshot, { picture }), {});
    expect(outcome.status).toBe('done');
    expect(JSON.parse(await posted[0].text()).text).toBe('');
  });

  it('does not start the runbook again when the same request is retried', async () => {
    let posts = 0;
    const action = runbookLogAction({
      label: 'x',
      url,
      auth: { kind: 'none' },
      fetch: async () => {
        posts += 1;
        return new Response(null, { status: 200 });
      },
    });
    const first = aLogActionContext(snapshot, { picture });
    await action.run(first, {});
    const again = await action.run(
      aLogActionContext(snapshot, { picture, journal: first.journal.entries() }),
      {},
    );
    expect(again.status).toBe('done');
    expect(posts).toBe(1);
  });

  it("fails with the endpoint's explanation, and logs it", async () => {
    const log = new RecordingPluginLogger();
    const action = runbookLogAction({
      label: 'Open opportunity',
      url,
      auth: { kind: 'basic', username: 'u', password: 'wrong' },
      fetch: async () => new Response(null, { status: 401 }),
    });
    const outcome = await action.run(aLogActionContext(snapshot, { picture, log }), {});
    expect(outcome).toEqual({
      status: 'failed',
      message: jasmine.stringContaining('refused the credentials'),
      retryable: false,
    });
    expect(log.entries.map((e) => [e.level, e.message])).toEqual([
      ['info', 'no body text for the runbook'],
      ['warn', 'runbook post failed'],
    ]);
  });

  it('fails without posting when the URL is misconfigured', async () => {
    let called = false;
    const action = runbookLogAction({
      label: 'x',
      url: 'http://acme.example/runbook',
      auth: { kind: 'none' },
      fetch: async () => {
        called = true;
        return new Response();
      },
    });
    const outcome = await action.run(aLogActionContext(snapshot, { picture }), {});
    expect(outcome).toEqual(jasmine.objectContaining({ status: 'failed', retryable: false }));
    expect(called).toBeFalse();
  });

  it('does not post once the agent has cancelled', async () => {
    let called = false;
    const controller = new AbortController();
    controller.abort();
    const action = runbookLogAction({
      label: 'x',
      url,
      auth: { kind: 'none' },
      fetch: async () => {
        called = true;
        return new Response();
      },
    });
    const outcome = await action.run(
      aLogActionContext(snapshot, { picture, signal: controller.signal }),
      {},
    );
    expect(outcome).toEqual({ status: 'cancelled' });
    expect(called).toBeFalse();
  });

  it('is offered only when a URL is configured', () => {
    const context = aLogActionContext(snapshot);
    const configured = runbookLogAction({ label: 'x', url, auth: { kind: 'none' } });
    const blank = runbookLogAction({ label: 'x', url: ' ', auth: { kind: 'none' } });
    expect(configured.isAvailable(context)).toBeTrue();
    expect(blank.isAvailable(context)).toBeFalse();
    expect(configured.id).toBe('example.runbook');
  });
});

describeLogActionContract(
  'runbookLogAction',
  () =>
    runbookLogAction({
      id: 'acme.mark-spam',
      label: 'Mark as spam in Halo',
      url,
      auth: { kind: 'signature', secret: 's3cret' },
      fetch: async () => new Response(null, { status: 200 }),
    }),
  [
    { name: 'a thread ticket', snapshot, picture, input: {}, usesHalo: false },
    {
      name: 'no ticket, body from Outlook',
      snapshot,
      mail: { text: 'Click here to claim.' },
      input: undefined,
      usesHalo: false,
    },
  ],
);
