import { type APIRequestContext, type Page, expect, test } from '@playwright/test';
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MS_URL, msLog } from './support/microsoft';
import { sampleBytes, Workbench, WORKBENCH_ORIGIN } from './support/workbench';
import { WORKBENCH_MS_PORT } from './support/workbench-ports';

// Proves that MSAL Browser (the version the app ships) accepts the Microsoft simulator as an
// authority: a tiny page served by this spec bundles @azure/msal-browser with esbuild, signs in
// with loginPopup (the simulator's login form), gets a Mail.Read token silently, and reads the
// workbench's mailbox through the simulator's Graph — the MIME of a message byte for byte. Its
// redirect page does what MSAL 5 requires of a popup's redirect page: broadcastResponseToMainFrame.

const CONVERSATION = 'AAQkAGNvbnRvc28teHJheS1zaGFyZS0wMDE=';

/** What GET /_ms says about the running simulator. */
interface SimulatorInfo {
  clientId: string;
  graphUrl: string;
  tenants: { id: string; authority: string; users: { userPrincipalName: string; id: string }[] }[];
  mailbox: { messages: { file: string; id: string; conversationId: string }[] };
}

/** The test app: the MSAL calls the app makes, exposed to the spec as `window.msalTest`. */
const APP_SOURCE = `
import { PublicClientApplication } from '@azure/msal-browser';
let pca;
const summary = (r) => ({ username: r.account.username, name: r.account.name, tenantId: r.account.tenantId,
  homeAccountId: r.account.homeAccountId,
  localAccountId: r.account.localAccountId, scopes: r.scopes, fromCache: r.fromCache, accessToken: r.accessToken });
const failure = (e) => ({ error: e.errorCode, subError: e.subError, name: e.name, message: e.errorMessage || String(e) });
window.msalTest = {
  async init(config) { pca = new PublicClientApplication(config); await pca.initialize(); return true; },
  async login(scopes) {
    try { const r = await pca.loginPopup({ scopes }); pca.setActiveAccount(r.account); return summary(r); }
    catch (e) { return failure(e); }
  },
  async silent(scopes) {
    try { return summary(await pca.acquireTokenSilent({ scopes, account: pca.getActiveAccount() })); }
    catch (e) { return failure(e); }
  },
  async graph(url, token) {
    const response = await fetch(url, { headers: { Authorization: 'Bearer ' + token } });
    const bytes = new Uint8Array(await response.arrayBuffer());
    const hash = [...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))]
      .map((b) => b.toString(16).padStart(2, '0')).join('');
    let json = null;
    try { json = JSON.parse(new TextDecoder().decode(bytes)); } catch {}
    return { status: response.status, type: response.headers.get('content-type'), length: bytes.length, hash, json };
  },
};
`;

/** The popup's redirect page: MSAL 5 hands the response to the main window over a BroadcastChannel. */
const REDIRECT_SOURCE = `
import { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge';
broadcastResponseToMainFrame().catch((e) => { document.body.textContent = 'redirect bridge: ' + e; });
`;

async function bundle(contents: string): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

/** The test app's origin on 127.0.0.1: `/index.html` (the app) and `/redirect.html` (MSAL's redirect page). */
class TestApp {
  private server: Server | null = null;

  get origin(): string {
    return `http://127.0.0.1:${(this.server?.address() as AddressInfo).port}`;
  }

  async start(): Promise<void> {
    const files: Record<string, [string, string]> = {
      '/index.html': [
        'text/html',
        '<!doctype html><title>MSAL test app</title><script type="module" src="/app.js"></script>',
      ],
      '/redirect.html': [
        'text/html',
        '<!doctype html><title>Redirect</title><script type="module" src="/redirect.js"></script>',
      ],
      '/app.js': ['text/javascript', await bundle(APP_SOURCE)],
      '/redirect.js': ['text/javascript', await bundle(REDIRECT_SOURCE)],
    };
    this.server = createServer((request, response) => {
      const file = files[new URL(request.url ?? '/', 'http://x').pathname];
      if (!file) return void response.writeHead(404).end();
      response
        .writeHead(200, { 'Content-Type': file[0], 'Cache-Control': 'no-store' })
        .end(file[1]);
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    server?.closeAllConnections();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  }
}

interface TokenSummary {
  username?: string;
  homeAccountId?: string;
  name?: string;
  tenantId?: string;
  localAccountId?: string;
  scopes?: string[];
  fromCache?: boolean;
  accessToken?: string;
  error?: string;
  subError?: string;
  message?: string;
}

interface GraphAnswer {
  status: number;
  type: string | null;
  length: number;
  hash: string;
  json: { value?: { id: string; subject: string }[]; error?: { code: string } } | null;
}

const app = new TestApp();
let info: SimulatorInfo;

async function simulatorInfo(request: APIRequestContext): Promise<SimulatorInfo> {
  const response = await request.get(`${MS_URL}/_ms`);
  expect(response.status()).toBe(200);
  return (await response.json()) as SimulatorInfo;
}

/** Opens the test app with MSAL configured for the simulator, as the app must configure it. */
async function openApp(page: Page, protocolMode: 'OIDC' | 'AAD' = 'OIDC'): Promise<void> {
  const tenant = info.tenants[0];
  await page.goto(`${app.origin}/index.html`);
  await page.waitForFunction(() => 'msalTest' in window);
  await page.evaluate(
    (config) =>
      (window as unknown as { msalTest: { init(c: unknown): Promise<boolean> } }).msalTest.init(
        config,
      ),
    {
      auth: {
        clientId: info.clientId,
        authority: tenant?.authority,
        knownAuthorities: [`127.0.0.1:${WORKBENCH_MS_PORT}`],
        redirectUri: `${app.origin}/redirect.html`,
      },
      system: { protocolMode },
      cache: { cacheLocation: 'sessionStorage' },
    },
  );
}

/** loginPopup, filling the simulator's login form in the popup. */
async function loginWithPopup(page: Page, scopes: string[]): Promise<TokenSummary> {
  const popupOpened = page.waitForEvent('popup');
  const result = page.evaluate(
    (s) =>
      (
        window as unknown as { msalTest: { login(s: string[]): Promise<TokenSummary> } }
      ).msalTest.login(s),
    scopes,
  );
  const popup = await popupOpened;
  await popup.getByLabel('Email').fill('alex.morgan@msp.example');
  await popup.getByLabel('Password').fill('halo');
  await popup.getByRole('button', { name: 'Sign in' }).click();
  return result;
}

function silent(page: Page, scopes: string[]): Promise<TokenSummary> {
  return page.evaluate(
    (s) =>
      (
        window as unknown as { msalTest: { silent(s: string[]): Promise<TokenSummary> } }
      ).msalTest.silent(s),
    scopes,
  );
}

function graph(page: Page, path: string, token: string): Promise<GraphAnswer> {
  return page.evaluate(
    ([url, t]) =>
      (
        window as unknown as { msalTest: { graph(u: string, t: string): Promise<GraphAnswer> } }
      ).msalTest.graph(url, t),
    [`${info.graphUrl}${path}`, token] as const,
  );
}

function claims(token: string | undefined): Record<string, unknown> {
  return JSON.parse(
    Buffer.from(token?.split('.')[1] ?? '', 'base64url').toString('utf8'),
  ) as Record<string, unknown>;
}

test.describe('MSAL Browser against the Microsoft simulator', () => {
  test.beforeAll(async ({ request }) => {
    await app.start();
    info = await simulatorInfo(request);
  });
  test.afterAll(async () => {
    await app.stop();
  });
  test.beforeEach(async ({ request }) => {
    expect((await request.post(`${MS_URL}/_ms/reset`)).status()).toBe(200);
  });
  test.afterEach(async ({ request }) => {
    await request.post(`${MS_URL}/_ms/reset`);
  });

  test('loginPopup, then acquireTokenSilent for Mail.Read, then Graph: the conversation and its MIME', async ({
    page,
    request,
  }) => {
    const tenant = info.tenants[0];
    const alex = tenant?.users.find((u) => u.userPrincipalName === 'alex.morgan@msp.example');
    await openApp(page);

    const login = await loginWithPopup(page, ['User.Read']);
    expect(login.error, login.message).toBeUndefined();
    expect(login).toMatchObject({
      username: 'alex.morgan@msp.example',
      name: 'Alex Morgan',
      tenantId: tenant?.id,
      localAccountId: alex?.id,
    });

    const mail = await silent(page, ['Mail.Read']);
    expect(mail.error, mail.message).toBeUndefined();
    expect(mail.fromCache).toBe(false);
    expect(claims(mail.accessToken)).toMatchObject({
      aud: 'https://graph.microsoft.com',
      scp: 'Mail.Read',
      tid: tenant?.id,
    });
    // The same request again comes from MSAL's cache.
    expect((await silent(page, ['Mail.Read'])).fromCache).toBe(true);
    const token = mail.accessToken ?? '';

    const filter = encodeURIComponent(`conversationId eq '${CONVERSATION}'`);
    const list = await graph(page, `/me/messages?$filter=${filter}&$select=id,subject`, token);
    expect(list.status).toBe(200);
    const expected = info.mailbox.messages.filter((m) => m.conversationId === CONVERSATION);
    expect(expected.map((m) => m.file).sort()).toEqual([
      '11-xray-share-first-report.eml',
      '12-xray-share-msp-question.eml',
      '13-xray-share-screenshot.eml',
      '14-xray-share-fixed.eml',
    ]);
    expect(list.json?.value?.map((m) => m.id).sort()).toEqual(expected.map((m) => m.id).sort());

    const screenshot = expected.find((m) => m.file === '13-xray-share-screenshot.eml');
    const mime = await graph(page, `/me/messages/${screenshot?.id}/$value`, token);
    const file = sampleBytes('13-xray-share-screenshot.eml');
    expect(mime).toMatchObject({
      status: 200,
      length: file.length,
      hash: createHash('sha256').update(file).digest('hex'),
    });

    const log = await msLog(request, 'graph');
    expect(log.map((e) => [e.path, e.status, e.token?.user, e.token?.scopes])).toEqual([
      ['/graph/v1.0/me/messages', 200, 'alex.morgan@msp.example', ['Mail.Read']],
      [
        `/graph/v1.0/me/messages/${screenshot?.id}/$value`,
        200,
        'alex.morgan@msp.example',
        ['Mail.Read'],
      ],
    ]);
  });

  test("protocolMode AAD (MSAL's default, Entra's) works too: the account's homeAccountId is <oid>.<tid>", async ({
    page,
  }) => {
    const tenant = info.tenants[0];
    const alex = tenant?.users.find((u) => u.userPrincipalName === 'alex.morgan@msp.example');
    await openApp(page, 'AAD');
    const login = await loginWithPopup(page, ['User.Read']);
    expect(login.error, login.message).toBeUndefined();
    expect(login).toMatchObject({
      homeAccountId: `${alex?.id}.${tenant?.id}`,
      localAccountId: alex?.id,
      tenantId: tenant?.id,
    });
    const mail = await silent(page, ['https://graph.microsoft.com/Mail.Read']);
    expect(mail.error, mail.message).toBeUndefined();
    expect(claims(mail.accessToken)['scp']).toBe('Mail.Read');
  });

  test('without admin consent for Mail.Read, acquireTokenSilent fails with consent_required and Graph refuses the MIME', async ({
    page,
    request,
  }) => {
    const consent = await request.put(`${MS_URL}/_ms/consent`, { data: { scopes: ['User.Read'] } });
    expect(consent.status()).toBe(200);
    await openApp(page);

    const login = await loginWithPopup(page, ['User.Read']);
    expect(login.error, login.message).toBeUndefined();

    const mail = await silent(page, ['Mail.Read']);
    expect(mail).toMatchObject({
      name: 'InteractionRequiredAuthError',
      error: 'invalid_grant',
      subError: 'consent_required',
    });
    expect(mail.message).toContain('AADSTS65001');

    const user = await silent(page, ['User.Read']);
    expect(user.error, user.message).toBeUndefined();
    const screenshot = info.mailbox.messages.find((m) => m.file === '13-xray-share-screenshot.eml');
    const mime = await graph(page, `/me/messages/${screenshot?.id}/$value`, user.accessToken ?? '');
    expect(mime.status).toBe(403);
    expect(mime.json?.error?.code).toBe('ErrorAccessDenied');
  });
});

test.describe('the workbench and the Microsoft simulator', () => {
  test('the pane gets the Entra client id, authority and Graph URL only with ?entra=1', async ({
    page,
    request,
  }) => {
    const simulator = await simulatorInfo(request);
    const workbench = new Workbench(page);
    const frame = page.locator('iframe[title="Halo for Outlook task pane"]');

    await workbench.open();
    let paneUrl = new URL((await frame.getAttribute('src')) ?? '', WORKBENCH_ORIGIN);
    expect(paneUrl.searchParams.has('entraClientId')).toBe(false);

    await workbench.open({ entra: '1' });
    paneUrl = new URL((await frame.getAttribute('src')) ?? '', WORKBENCH_ORIGIN);
    expect(
      Object.fromEntries(
        ['entraClientId', 'entraAuthority', 'graphUrl'].map((n) => [
          n,
          paneUrl.searchParams.get(n),
        ]),
      ),
    ).toEqual({
      entraClientId: simulator.clientId,
      entraAuthority: simulator.tenants[0]?.authority,
      graphUrl: simulator.graphUrl,
    });
  });
});
