// The production build served by Debian's nginx with deploy/nginx.conf, as a deployment serves
// it: the headers of each kind of file, the Content Security Policy, and the app in Chromium.
import { expect, test, type Page } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const BUILD = resolve('dist/addin/browser');
const NGINX = process.env['NGINX_BIN'] ?? '/usr/sbin/nginx';
const HALO = 'https://example.halopsa.com';
const OUTLOOK_HOSTS = [
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook.cloud.microsoft',
  'https://outlook.live.com',
  'https://*.officeapps.live.com',
];
/** Outside Office, office.js resolves onReady with no host; the tests have no internet. */
const OFFICE_JS_STAND_IN = `window.Office = { onReady(callback) {
  const info = { host: null, platform: null }; if (callback) callback(info); return Promise.resolve(info); } };`;

test.describe('nginx serving the build', () => {
  test.describe.configure({ mode: 'serial' });

  let temp: string;
  let nginx: ChildProcess | undefined;
  let origin: string;
  let nginxLog = '';

  test.beforeAll(async () => {
    expect(
      existsSync(join(BUILD, 'index.html')),
      'No build in dist/addin/browser: run "npm run build" first.',
    ).toBe(true);
    expect(
      existsSync(NGINX),
      `nginx not found at ${NGINX}: install Debian's nginx (apt-get install nginx), or set NGINX_BIN.`,
    ).toBe(true);

    temp = mkdtempSync(join(tmpdir(), 'halo-nginx-'));
    const site = join(temp, 'site');
    cpSync(BUILD, site, { recursive: true });
    // The auth dialog pages, when the build does not have them yet.
    mkdirSync(join(site, 'auth'), { recursive: true });
    for (const page of ['start', 'callback', 'entra-redirect']) {
      const file = join(site, 'auth', `${page}.html`);
      if (!existsSync(file)) writeFileSync(file, `<!doctype html><title>${page}</title>`);
    }
    const generated = spawnSync(
      process.execPath,
      [
        'tools/manifest/generate-manifest.mjs',
        '--base-url',
        'https://addin.example.com',
        '--halo-url',
        HALO,
        '--out',
        site,
        '--assets',
        site,
      ],
      { encoding: 'utf8' },
    );
    expect(generated.status, generated.stderr).toBe(0);

    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    const conf = join(temp, 'nginx.conf');
    const rendered = spawnSync('deploy/render-nginx-conf.sh', ['deploy/nginx.conf', conf], {
      encoding: 'utf8',
      env: { ...process.env, LISTEN: `127.0.0.1:${port}`, SITE_ROOT: site, HALO_URL: HALO },
    });
    expect(rendered.status, rendered.stderr).toBe(0);
    // nginx's workers may run as another user (nobody, when started as root): let them read.
    chmodSync(temp, 0o755);

    const prefix = join(temp, 'prefix');
    mkdirSync(prefix);
    nginx = spawn(NGINX, ['-p', `${prefix}/`, '-e', 'stderr', '-c', conf, '-g', 'daemon off;'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    nginx.stderr?.on('data', (chunk) => (nginxLog += chunk));
    await waitUntilServing(`${origin}/index.html`, nginx, () => nginxLog);
  });

  test.afterAll(async () => {
    if (nginx && nginx.exitCode === null) {
      const exited = new Promise((done) => nginx?.once('exit', done));
      nginx.kill('SIGTERM');
      await exited;
    }
    if (temp) rmSync(temp, { recursive: true, force: true });
  });

  test('serves each kind of file with its cache rule and type', async () => {
    const hashed = [
      ...readdirSync(BUILD).filter((f) => /-[A-Z0-9]{8}\.(js|css)$/.test(f)),
      ...readdirSync(join(BUILD, 'media')).map((f) => `media/${f}`),
    ];
    expect(hashed.length).toBeGreaterThan(2);

    const expectations: [string, string, RegExp][] = [
      ['/', 'no-cache', /^text\/html/],
      ['/index.html', 'no-cache', /^text\/html/],
      ['/auth/start.html', 'no-cache', /^text\/html/],
      ['/auth/callback.html', 'no-cache', /^text\/html/],
      ['/auth/entra-redirect.html', 'no-cache', /^text\/html/],
      ['/manifest.xml', 'no-cache', /^application\/xml/],
      ['/latest.json', 'no-cache', /^application\/json/],
      ['/icons/icon-80.png', 'public, max-age=86400', /^image\/png$/],
      ...hashed.map((file): [string, string, RegExp] => [
        `/${file}`,
        'public, max-age=31536000, immutable',
        /^(text\/javascript|text\/css|font\/woff2?)/,
      ]),
    ];
    for (const [path, cacheControl, type] of expectations) {
      const response = await fetch(origin + path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control'), path).toBe(cacheControl);
      expect(response.headers.get('content-type'), path).toMatch(type);
    }
    const latest = await (await fetch(`${origin}/latest.json`)).json();
    expect(latest.manifestUrl).toBe('https://addin.example.com/manifest.xml');
  });

  test('sends a CSP with no inline script, the Halo origin only, and Outlook as a framer', async () => {
    for (const path of ['/index.html', '/auth/callback.html', '/missing']) {
      const response = await fetch(origin + path);
      const csp = directives(response.headers.get('content-security-policy') ?? '');
      expect(csp.get('script-src'), path).toEqual(
        ['self', 'https://appsforoffice.microsoft.com'].map(quoteKeyword),
      );
      expect(csp.get('script-src-attr'), path).toEqual(["'none'"]);
      expect(csp.get('connect-src'), path).toEqual(["'self'", HALO]);
      expect(csp.get('frame-ancestors'), path).toEqual(["'self'", ...OUTLOOK_HOSTS]);
      expect(csp.get('object-src'), path).toEqual(["'none'"]);
      expect(response.headers.get('x-frame-options'), path).toBeNull();
      expect(response.headers.get('cross-origin-opener-policy'), path).toBeNull();
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
  });

  test('the app loads from nginx in Chromium with no CSP violation, and the CSP is enforced', async ({
    page,
  }) => {
    const problems = await watchForProblems(page);
    await page.goto(`${origin}/index.html`);

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Halo for Outlook');
    // The stylesheet applies without any script: the self-hosted font is in use.
    await expect
      .poll(() => page.evaluate(() => getComputedStyle(document.body).fontFamily))
      .toContain('Roboto');
    expect(await violations(page)).toEqual([]);
    expect(problems).toEqual([]);

    // An injected inline script is refused and reported: the policy is real, and so is the watch.
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.head.append(script);
      return 'injected' in window;
    });
    expect(ran).toBe(false);
    await expect.poll(() => violations(page)).toEqual(['script-src-elem']);
  });

  test('Outlook on the web can show the pane in a frame; another site cannot', async ({ page }) => {
    // Each framing page is served by the test under its own https origin, and allowed to reach
    // the loopback address (Chromium's local network access check), so only the CSP decides.
    const framer = async (url: string) => {
      await page
        .context()
        .grantPermissions(['local-network-access'], { origin: new URL(url).origin });
      await page.route(url, (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: `<title>framing</title><iframe src="${origin}/index.html" onload="document.title='framed'"></iframe>`,
        }),
      );
    };
    await framer('https://outlook.office.com/mail/');
    await framer('https://elsewhere.example/');
    await page.route('https://appsforoffice.microsoft.com/**', (route) =>
      route.fulfill({ contentType: 'text/javascript', body: OFFICE_JS_STAND_IN }),
    );

    await page.goto('https://outlook.office.com/mail/');
    await expect(page.frameLocator('iframe').getByRole('heading', { level: 1 })).toHaveText(
      'Halo for Outlook',
    );

    await page.goto('https://elsewhere.example/');
    await expect(page).toHaveTitle('framed');
    await expect(page.frameLocator('iframe').locator('halo-root')).toHaveCount(0);
  });
});

test.describe('the nginx template and the Microsoft Entra features', () => {
  /** connect-src of the configuration rendered with `env`, or the script's refusal. */
  function connectSrc(env: Record<string, string>): { sources: string[]; refusal: string } {
    const temp = mkdtempSync(join(tmpdir(), 'halo-nginx-entra-'));
    try {
      writeFileSync(join(temp, 'index.html'), '<!doctype html><title>x</title>');
      const conf = join(temp, 'nginx.conf');
      const rendered = spawnSync('deploy/render-nginx-conf.sh', ['deploy/nginx.conf', conf], {
        encoding: 'utf8',
        env: { PATH: process.env['PATH'] ?? '', SITE_ROOT: temp, HALO_URL: HALO, ...env },
      });
      if (rendered.status !== 0) return { sources: [], refusal: rendered.stderr };
      const csp = /add_header Content-Security-Policy "([^"]+)"/.exec(readFileSync(conf, 'utf8'));
      return { sources: directives(csp?.[1] ?? '').get('connect-src') ?? [], refusal: '' };
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
  }

  test('lets the pane call the Entra authority and Graph only when an Entra app is set', () => {
    expect(connectSrc({}).sources).toEqual(["'self'", HALO]);
    expect(connectSrc({ ENTRA_CLIENT_ID: '0f6b7a52-3c5e-4d0b-9a51-7c1f1c2e9d10' }).sources).toEqual(
      ["'self'", HALO, 'https://login.microsoftonline.com', 'https://graph.microsoft.com'],
    );
    expect(
      connectSrc({
        ENTRA_CLIENT_ID: '0f6b7a52-3c5e-4d0b-9a51-7c1f1c2e9d10',
        ENTRA_AUTHORITY: 'https://login.microsoftonline.us/72f988bf-86f1-41af-91ab-2d7cd011db47',
        GRAPH_URL: 'https://graph.microsoft.us/v1.0',
      }).sources,
    ).toEqual(["'self'", HALO, 'https://login.microsoftonline.us', 'https://graph.microsoft.us']);
  });

  test('refuses Entra addresses it cannot use, saying why', () => {
    expect(connectSrc({ GRAPH_URL: 'https://graph.microsoft.us/v1.0' }).refusal).toContain(
      'take effect with ENTRA_CLIENT_ID',
    );
    expect(
      connectSrc({ ENTRA_CLIENT_ID: 'app', ENTRA_AUTHORITY: 'http://login.example/x' }).refusal,
    ).toContain('ENTRA_AUTHORITY: "http://login.example/x" is not an origin');
  });
});

/** Console errors, page errors and failed requests while the page loads. */
async function watchForProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  await page.route('https://appsforoffice.microsoft.com/**', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: OFFICE_JS_STAND_IN }),
  );
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, 'cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (e) => seen.push(e.effectiveDirective));
  });
  return problems;
}

/** The CSP directives the page reported violating so far. */
function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(window as unknown as { cspViolations: string[] }).cspViolations]);
}

/** A CSP header as a map of directive → sources. */
function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name, sources]),
  );
}

function quoteKeyword(source: string): string {
  return source.includes(':') ? source : `'${source}'`;
}

/** A port free on 127.0.0.1 right now. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/** Resolves once `url` answers; rejects with nginx's own words if it exits first. */
async function waitUntilServing(
  url: string,
  process: ChildProcess,
  log: () => string,
): Promise<void> {
  for (;;) {
    if (process.exitCode !== null) throw new Error(`nginx exited (${process.exitCode}):\n${log()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((next) => setTimeout(next, 50));
  }
}
