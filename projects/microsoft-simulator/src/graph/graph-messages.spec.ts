import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { itemIdFor } from '../boundary/workbench-mailbox.js';
import { WORKBENCH_SAMPLES_DIR } from '../simulator/microsoft-simulator-options.js';
import { graphGet, withMicrosoftSimulator } from '../testing/ms-test-kit.js';

const CONVERSATION = 'AAQkAGNvbnRvc28teHJheS1zaGFyZS0wMDE=';
const THREAD = [
  '11-xray-share-first-report.eml',
  '12-xray-share-msp-question.eml',
  '13-xray-share-screenshot.eml',
  '14-xray-share-fixed.eml',
];

interface GraphMessage {
  id: string;
  subject?: string;
  conversationId?: string;
  internetMessageId?: string;
  receivedDateTime?: string;
  from?: { emailAddress: { name: string; address: string } };
  toRecipients?: { emailAddress: { name: string; address: string } }[];
  hasAttachments?: boolean;
  bodyPreview?: string;
  body?: { contentType: string; content: string };
  isRead?: boolean;
}

interface MessageList {
  '@odata.context': string;
  '@odata.nextLink'?: string;
  value: GraphMessage[];
}

const filter = (expression: string): string => `$filter=${encodeURIComponent(expression)}`;

async function restIdOf(file: string): Promise<string> {
  const ews = await itemIdFor(new Uint8Array(await readFile(join(WORKBENCH_SAMPLES_DIR, file))));
  return ews.replace(/\//g, '-').replace(/\+/g, '_');
}

describe("Graph messages: the workbench's mailbox", () => {
  it("lists a conversation's messages with the REST form of the stand-in's item ids", () =>
    withMicrosoftSimulator({}, async (sim) => {
      const token = sim.control.issueToken().access_token;
      const res = await graphGet(
        sim,
        `/me/messages?${filter(`conversationId eq '${CONVERSATION}'`)}&$select=id,subject,conversationId,internetMessageId,receivedDateTime,from,hasAttachments`,
        token,
      );
      assert.equal(res.status, 200, res.text);
      const list = res.json<MessageList>();
      assert.match(
        list['@odata.context'],
        /\/messages\(id,subject,conversationId,internetMessageId,receivedDateTime,from,hasAttachments\)$/,
      );
      // Newest first, as Graph lists messages by default.
      assert.deepEqual(
        list.value.map((m) => m.internetMessageId),
        [
          '<xray-share-004@msp.example>',
          '<xray-share-003@contoso-dental.example>',
          '<xray-share-002@msp.example>',
          '<xray-share-001@contoso-dental.example>',
        ],
      );
      const ids = await Promise.all([...THREAD].reverse().map(restIdOf));
      assert.deepEqual(
        list.value.map((m) => m.id),
        ids,
      );
      assert.ok(
        ids.every((id) => /^AAMkA[A-Za-z0-9_-]+=*$/.test(id)),
        'REST ids have no / or +',
      );
      const first = list.value[3];
      assert.deepEqual(first, {
        id: ids[3],
        subject: 'X-ray viewer cannot open the imaging share',
        conversationId: CONVERSATION,
        internetMessageId: '<xray-share-001@contoso-dental.example>',
        receivedDateTime: '2026-10-29T08:05:12Z',
        from: {
          emailAddress: { name: 'Alice Carter', address: 'alice.carter@contoso-dental.example' },
        },
        hasAttachments: false,
      });
      assert.deepEqual(
        list.value.map((m) => m.hasAttachments),
        [false, true, false, false],
      );
    }));

  it('returns the default properties of one message, and only the $select-ed ones when asked', () =>
    withMicrosoftSimulator({}, async (sim) => {
      const token = sim.control.issueToken().access_token;
      const id = await restIdOf('13-xray-share-screenshot.eml');
      const full = (await graphGet(sim, `/me/messages/${id}`, token)).json<
        GraphMessage & Record<string, unknown>
      >();
      assert.equal(full.id, id);
      assert.equal(full.isRead, true);
      assert.equal(full.body?.contentType, 'html');
      assert.match(full.body?.content ?? '', /Screenshot attached/);
      assert.match(full.bodyPreview ?? '', /^Hi Alex, Screenshot attached\./);
      assert.deepEqual(full.toRecipients, [
        { emailAddress: { name: 'Alex Morgan', address: 'alex.morgan@msp.example' } },
      ]);
      for (const name of [
        'sentDateTime',
        'parentFolderId',
        'ccRecipients',
        'sender',
        'importance',
      ]) {
        assert.ok(name in full, `default property ${name}`);
      }
      assert.ok(!('internetMessageHeaders' in full), 'internetMessageHeaders only when selected');

      const some = await graphGet(
        sim,
        `/me/messages/${id}?$select=subject,internetMessageHeaders`,
        token,
      );
      const selected = some.json<Record<string, unknown>>();
      assert.deepEqual(Object.keys(selected).sort(), [
        '@odata.context',
        'id',
        'internetMessageHeaders',
        'subject',
      ]);
      const headers = selected['internetMessageHeaders'] as { name: string; value: string }[];
      assert.equal(
        headers.find((h) => h.name === 'In-Reply-To')?.value,
        '<xray-share-002@msp.example>',
      );

      const bad = await graphGet(sim, `/me/messages/${id}?$select=subject,mood`, token);
      assert.equal(bad.status, 400);
      assert.deepEqual(
        bad.json<{ error: { code: string; message: string } }>().error.code,
        'RequestBroker--ParseUri',
      );
    }));

  it('returns the exact MIME bytes at /$value', () =>
    withMicrosoftSimulator({}, async (sim) => {
      const token = sim.control.issueToken().access_token;
      for (const file of ['13-xray-share-screenshot.eml', '06-forward-with-attachments.eml']) {
        const res = await graphGet(sim, `/me/messages/${await restIdOf(file)}/$value`, token);
        assert.equal(res.status, 200);
        assert.match(String(res.headers['content-type']), /^text\/plain/);
        assert.ok(
          res.bytes.equals(await readFile(join(WORKBENCH_SAMPLES_DIR, file))),
          `${file} byte for byte`,
        );
      }
    }));

  it('pages like Graph: 10 by default, $top, and an @odata.nextLink with $skip', () =>
    withMicrosoftSimulator({}, async (sim) => {
      const token = sim.control.issueToken().access_token;
      const first = (await graphGet(sim, '/me/messages?$select=id', token)).json<MessageList>();
      assert.equal(first.value.length, 10);
      const next = new URL(first['@odata.nextLink'] ?? '');
      assert.equal(next.searchParams.get('$skip'), '10');
      const rest = (
        await graphGet(sim, `${next.pathname.replace('/graph/v1.0', '')}${next.search}`, token)
      ).json<MessageList>();
      assert.equal(rest.value.length, sim.mailbox.messages.length - 10);
      assert.equal(rest['@odata.nextLink'], undefined);
      const all = [...first.value, ...rest.value].map((m) => m.id);
      assert.equal(new Set(all).size, sim.mailbox.messages.length);

      const top = (
        await graphGet(sim, '/me/messages?$top=3&$select=subject', token)
      ).json<MessageList>();
      assert.equal(top.value.length, 3);
      assert.match(top['@odata.nextLink'] ?? '', /\$top=3/);
    }));

  it('refuses $orderby with a $filter that does not lead with it: 400 InefficientFilter, as Graph does', () =>
    withMicrosoftSimulator({}, async (sim) => {
      const token = sim.control.issueToken().access_token;
      const refused = await graphGet(
        sim,
        `/me/messages?${filter(`conversationId eq '${CONVERSATION}'`)}&$orderby=receivedDateTime`,
        token,
      );
      assert.equal(refused.status, 400);
      assert.deepEqual(
        refused.json<{ error: { code: string; message: string } }>().error.code,
        'InefficientFilter',
      );
      assert.equal(
        refused.json<{ error: { message: string } }>().error.message,
        'The restriction or sort order is too complex for this operation.',
      );

      // The documented way: the sort property first in the filter.
      const accepted = await graphGet(
        sim,
        `/me/messages?${filter(`receivedDateTime ge 1900-01-01T00:00:00Z and conversationId eq '${CONVERSATION}'`)}&$orderby=receivedDateTime asc&$select=internetMessageId`,
        token,
      );
      assert.equal(accepted.status, 200, accepted.text);
      assert.deepEqual(
        accepted.json<MessageList>().value.map((m) => m.internetMessageId),
        [
          '<xray-share-001@contoso-dental.example>',
          '<xray-share-002@msp.example>',
          '<xray-share-003@contoso-dental.example>',
          '<xray-share-004@msp.example>',
        ],
      );
    }));

  it('filters by internetMessageId and sender, and names what it does not support', () =>
    withMicrosoftSimulator({}, async (sim) => {
      const token = sim.control.issueToken().access_token;
      const one = await graphGet(
        sim,
        `/me/messages?${filter("internetMessageId eq '<xray-share-003@contoso-dental.example>'")}&$select=subject`,
        token,
      );
      assert.equal(one.json<MessageList>().value.length, 1);
      const fromAlex = await graphGet(
        sim,
        `/me/messages?${filter("from/emailAddress/address eq 'ALEX.MORGAN@msp.example'")}&$select=id`,
        token,
      );
      assert.equal(fromAlex.json<MessageList>().value.length, 2);
      const unsupported = await graphGet(
        sim,
        `/me/messages?${filter("startswith(subject,'RE')")}`,
        token,
      );
      assert.equal(unsupported.status, 400);
      assert.match(
        unsupported.json<{ error: { message: string } }>().error.message,
        /functions and parentheses/,
      );
      const search = await graphGet(sim, '/me/messages?$search=%22printer%22', token);
      assert.equal(search.status, 400);
      assert.match(search.json<{ error: { message: string } }>().error.message, /\$search/);
    }));

  it('answers ids Graph would not accept: an EWS id is malformed, an unknown one not found', () =>
    withMicrosoftSimulator({}, async (sim) => {
      const token = sim.control.issueToken().access_token;
      // Outlook's EWS ids are standard Base64: some have "/" or "+", which Graph's REST ids never do.
      const withSlash = sim.mailbox.messages.find((m) => /[/+]/.test(m.message.itemId));
      assert.ok(withSlash, 'the samples include an item id with / or +');
      const malformed = await graphGet(
        sim,
        `/me/messages/${encodeURIComponent(withSlash.message.itemId)}`,
        token,
      );
      assert.equal(malformed.status, 400);
      assert.equal(
        malformed.json<{ error: { code: string } }>().error.code,
        'ErrorInvalidIdMalformed',
      );
      const converted = await graphGet(sim, `/me/messages/${withSlash.id}?$select=subject`, token);
      assert.equal(converted.status, 200);

      const missing = await graphGet(sim, '/me/messages/AAMkAGNvdGhlcmU=', token);
      assert.equal(missing.status, 404);
      assert.deepEqual(
        missing.json<{ error: { code: string; message: string } }>().error.code,
        'ErrorItemNotFound',
      );
    }));

  it("gives another user an empty mailbox (the mailbox is Alex's)", () =>
    withMicrosoftSimulator({}, async (sim) => {
      const token = sim.control.issueToken({ user: 'blair.chen@msp.example' }).access_token;
      const list = await graphGet(sim, '/me/messages', token);
      assert.equal(list.status, 200);
      assert.deepEqual(list.json<MessageList>().value, []);
      const other = await graphGet(
        sim,
        `/me/messages/${await restIdOf('11-xray-share-first-report.eml')}`,
        token,
      );
      assert.equal(other.status, 404);
    }));

  it('returns the signed-in user at /me', () =>
    withMicrosoftSimulator({}, async (sim) => {
      const res = await graphGet(
        sim,
        '/me',
        sim.control.issueToken({ scopes: ['User.Read'] }).access_token,
      );
      const me = res.json<Record<string, unknown>>();
      const alex = sim.tenants[0]?.users.find(
        (u) => u.userPrincipalName === 'alex.morgan@msp.example',
      );
      assert.deepEqual(
        [me['id'], me['displayName'], me['userPrincipalName'], me['mail'], me['jobTitle']],
        [
          alex?.id,
          'Alex Morgan',
          'alex.morgan@msp.example',
          'alex.morgan@msp.example',
          'Service Desk Engineer',
        ],
      );
    }));
});
