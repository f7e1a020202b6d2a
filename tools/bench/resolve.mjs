// `npm run bench:resolve`: what it costs to place an email. The real built pane runs in the
// workbench against the Halo simulator with 200 ms added to every Halo request (preflights
// included), and for a cold sender, a warm one (seen earlier in the session) and a warm one after
// the pane was closed and reopened, it prints the sequential round trips on the critical path,
// the requests made (from the simulator's request log) and the milliseconds to the first picture
// and to a ready pane (from the pane's own milestones). Targets: cold ≤ 2 round trips and ≤ 4
// requests; warm, the cached picture first and ≤ 2 requests. A missed target is reported with its
// cause, never hidden. Run `npm run build` first.
//
// Usage: node tools/bench/resolve.mjs [--latency 200]
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { parseArgs } from 'node:util';
import { tsImport } from 'tsx/esm/api';

const { values } = parseArgs({ options: { latency: { type: 'string', default: '200' } } });
const LATENCY_MS = Number(values.latency);

for (const built of ['dist/addin/browser/index.html', 'dist/workbench/index.html']) {
  if (!existsSync(built)) {
    console.error(`${built} is missing: run npm run build first.`);
    process.exit(1);
  }
}

const { startSimulator } = await tsImport(
  '../../projects/halo-simulator/src/public-api.ts',
  import.meta.url,
);
const { startWorkbench } = await tsImport(
  '../../projects/workbench/server/start-workbench.ts',
  import.meta.url,
);

/** A free TCP port on 127.0.0.1. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const [port, simPort] = [await freePort(), await freePort()];
const origin = `http://127.0.0.1:${port}`;
const sim = await startSimulator({
  port: simPort,
  corsOrigins: [origin],
  redirectUris: [`${origin}/auth/callback.html`],
});
const workbench = await startWorkbench({
  port,
  paneDir: 'dist/addin/browser',
  workbenchDir: 'dist/workbench',
  samplesDir: 'projects/workbench/samples',
  haloUrl: sim.url,
  clientId: sim.clientId,
});
const browser = await chromium.launch({
  executablePath: process.env.CHROME_BIN ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
});

/** Which matcher (or part of the pane) a request to Halo serves. */
function purpose(entry) {
  const path = entry.path.replace(/^\/api/i, '').toLowerCase();
  const q = entry.query;
  if (entry.method === 'OPTIONS') return 'CORS preflight';
  if (path === '/users' && q.search?.startsWith('@'))
    return 'client by domain: users at the domain';
  if (path === '/users' && q.search) return 'contact by e-mail';
  if (path === '/users' && q.client_id) return 'contact picker';
  if (path === '/site') return 'client by domain: sites of those clients';
  if (path === '/actions' && (q.internetmessageid || q.internet_message_id)) {
    return 'thread by message id';
  }
  if (path === '/actions') return 'log actions: is this email on the ticket already';
  if (/^\/tickets\/\d+$/.test(path)) return 'thread: the ticket named by the subject or message id';
  if (path === '/tickets' && q.agent_id) return 'pane: my open tickets';
  if (path === '/tickets') return "open tickets (matcher and pane's list, one request)";
  if (path === '/agent/me') return 'pane: who I am (once per session)';
  if (path === '/status') return "pane: Halo's statuses (once per session)";
  if (path === '/emailrule') return "email rules: Halo's rules (once per session)";
  return 'other';
}

/**
 * The sequential round trips of the pane's own requests: the longest chain of requests each sent
 * after the previous one was answered. A request's span runs from its CORS preflight (when the
 * browser sent one) to its answer, so a preflight and its request count once here. Inferred from
 * timing: it can over-count when an unrelated answer lands just before a request is sent.
 */
function requestChain(api, preflights) {
  const spans = api
    .map((e) => {
      const preflight = preflights
        .filter(
          (p) =>
            p.path === e.path &&
            sameQuery(p.query, e.query) &&
            Date.parse(p.time) <= Date.parse(e.time),
        )
        .at(-1);
      return {
        e,
        start: Date.parse((preflight ?? e).time),
        end: Date.parse(e.time) + e.delayMs,
      };
    })
    .sort((a, b) => a.start - b.start);
  const depth = new Map();
  for (const span of spans) {
    let before = 0;
    for (const other of spans) {
      if (depth.has(other) && other.end <= span.start) before = Math.max(before, depth.get(other));
    }
    depth.set(span, before + 1);
  }
  return {
    depth: Math.max(0, ...depth.values()),
    of: (entry) => depth.get(spans.find((s) => s.e === entry)),
  };
}

function sameQuery(a, b) {
  return new URLSearchParams(a).toString() === new URLSearchParams(b).toString();
}

const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const errors = [];
page.on('pageerror', (error) => errors.push(error.message));
const pane = page.frameLocator('iframe[title="Halo for Outlook task pane"]');
const view = pane.locator('halo-pane-view');

async function select(file) {
  const row = page.locator(`[role=option][data-key="${file}"]`);
  await row.click();
}

/** Waits until the pane is ready for an email it started resolving at or after `since` (epoch ms). */
async function readyFor(since) {
  await page
    .waitForFunction(
      (after) => {
        const frame = globalThis.document.querySelector(
          'iframe[title="Halo for Outlook task pane"]',
        );
        const host = frame?.contentDocument?.querySelector('halo-pane-view');
        const milestones = JSON.parse(host?.getAttribute('data-milestones') ?? 'null');
        return (
          host?.getAttribute('data-ready') === 'true' &&
          milestones?.startedAt >= after &&
          milestones?.paneReadyAt != null
        );
      },
      since,
      { timeout: 60_000, polling: 50 },
    )
    .catch(async (error) => {
      const state = await view.evaluate((host) => ({
        scope: host.getAttribute('data-scope'),
        status: host.getAttribute('data-status'),
        ready: host.getAttribute('data-ready'),
        milestones: host.getAttribute('data-milestones'),
      }));
      await page.screenshot({ path: 'test-results/bench-resolve-timeout.png' });
      throw new Error(
        `The pane was not ready in time (${JSON.stringify(state)}); see test-results/bench-resolve-timeout.png`,
        { cause: error },
      );
    });
  return {
    scope: await view.getAttribute('data-scope'),
    status: await view.getAttribute('data-status'),
    milestones: JSON.parse((await view.getAttribute('data-milestones')) ?? 'null'),
    sender: (await pane.locator('halo-sender-card h3').textContent())?.trim(),
  };
}

async function measure(name, file, act) {
  sim.control.clearLog();
  const clickedAt = Date.now();
  await act();
  const shown = await readyFor(clickedAt);
  await page.waitForTimeout(1000); // what the pane asks after it is ready is reported apart
  const log = sim.control.requestLog().filter((e) => e.path.toLowerCase().startsWith('/api'));
  const m = shown.milestones;
  const untilReady = log.filter((e) => Date.parse(e.time) <= m.paneReadyAt);
  const api = untilReady.filter((e) => e.method !== 'OPTIONS');
  const preflights = untilReady.filter((e) => e.method === 'OPTIONS');
  const beforeFirst = api.filter((e) => Date.parse(e.time) + e.delayMs <= m.firstResultAt);
  return {
    name,
    file,
    ...shown,
    clickedAt,
    api,
    preflights,
    afterReady: log.filter((e) => Date.parse(e.time) > m.paneReadyAt && e.method !== 'OPTIONS'),
    answeredBeforeFirst: beforeFirst.length,
    roundTrips: requestChain(api, preflights),
    // Every network round trip on the critical path, preflights included: the time to a ready
    // pane in whole latencies (the local work between them is well under one).
    networkRoundTrips: Math.floor(
      (shown.milestones.paneReadyAt - shown.milestones.startedAt) / LATENCY_MS,
    ),
  };
}

const results = [];
try {
  // Sign in with an email of another client on show, at no latency; then the clock starts.
  await page.goto(`${workbench.url}?pinned=1&width=360&select=05-dms-thread-reply.eml`);
  await page.locator('body[data-ready=true]').waitFor({ state: 'attached' });
  const popupOpened = page.waitForEvent('popup');
  await pane.getByRole('button', { name: 'Sign in', exact: true }).click();
  const popup = await popupOpened;
  await popup.getByLabel('Login').fill('alex');
  await popup.getByLabel('Password').fill('halo');
  await popup.getByRole('button', { name: 'Log in' }).click();
  await readyFor(0);
  sim.control.setLatency({ fixedMs: LATENCY_MS, jitterMs: 0 });

  results.push(
    await measure('cold sender', '01-printer-reply-with-ticket-id.eml', () =>
      select('01-printer-reply-with-ticket-id.eml'),
    ),
  );
  results.push(
    await measure('warm sender', '04-sent-on-behalf-of-alice.eml', () =>
      select('04-sent-on-behalf-of-alice.eml'),
    ),
  );
  results.push(
    await measure('warm, pane reopened', '04-sent-on-behalf-of-alice.eml', () =>
      page.locator('#reload-pane').click(),
    ),
  );
  // Unpinned, selecting another email reopens the pane (as Outlook does): a new pane session
  // meeting a sender it has never seen.
  await page.locator('#pin').click();
  await page.locator('#pin[aria-pressed=false]').waitFor();
  results.push(
    await measure('cold, pane just opened', '03-card-reader-error-inline-images.eml', () =>
      select('03-card-reader-error-inline-images.eml'),
    ),
  );
} finally {
  await browser.close();
  await workbench.stop();
  await sim.stop();
}

const ms = (n) => (n == null ? '—' : `${Math.round(n)} ms`);
console.log(
  `\nbench:resolve — the built pane in the workbench against the Halo simulator, ${LATENCY_MS} ms added to every Halo request (preflights too)\n`,
);
console.log(
  'scenario                 round trips   network    requests  preflights  first shown  settled  pane ready  from click',
);
for (const r of results) {
  const m = r.milestones;
  console.log(
    [
      r.name.padEnd(24),
      String(r.roundTrips.depth).padStart(11),
      String(r.networkRoundTrips).padStart(9),
      String(r.api.length).padStart(11),
      String(r.preflights.length).padStart(11),
      ms(m.firstResultAt - m.startedAt).padStart(12),
      ms(m.settledAt - m.startedAt).padStart(8),
      ms(m.paneReadyAt - m.startedAt).padStart(11),
      ms(m.paneReadyAt - r.clickedAt).padStart(11),
    ].join(' '),
  );
}
console.log(
  '\n round trips: the chain of Halo requests each sent after the previous one was answered (a preflight and' +
    '\n   its request counted once; inferred from timing, so it can over-count when an unrelated answer' +
    '\n   lands just before a request goes out).' +
    `\n network: every round trip on the critical path, CORS preflights included (time to a ready pane in whole ${LATENCY_MS} ms).` +
    "\n requests: Halo API requests until the pane was ready (preflights apart), from the simulator's log;" +
    "\n   what the pane asks once it is ready (the log actions' checks, the agent) is listed apart below." +
    '\n times from the moment the pane knew the email (its own milestones); "from click": from selecting it.' +
    '\n pane ready: every matcher finished and the open tickets in.',
);

for (const r of results) {
  const t0 = r.milestones.startedAt;
  const from = {
    cache: "the sender's picture kept on the device",
    halo: 'Halo (or its answers this session)',
  };
  console.log(
    `\n${r.name}: ${r.file}, sender ${r.sender}, resolution ${r.status}; first picture from ${from[r.milestones.firstSource] ?? '—'}`,
  );
  for (const e of [...r.api, ...r.preflights].sort((a, b) => a.seq - b.seq)) {
    const query = new URLSearchParams(e.query).toString();
    const depth = e.method === 'OPTIONS' ? '' : `[${r.roundTrips.of(e)}] `;
    console.log(
      `  +${String(Date.parse(e.time) - t0).padStart(5)} ms  ${e.method.padEnd(7)} ${`${e.path}${query ? `?${query}` : ''}`.slice(0, 78).padEnd(78)}  ${e.status ?? '…'}  ${depth}${purpose(e)}`,
    );
  }
  for (const e of r.afterReady) {
    const query = new URLSearchParams(e.query).toString();
    console.log(
      `  after ready  ${e.method.padEnd(7)} ${`${e.path}${query ? `?${query}` : ''}`.slice(0, 78).padEnd(78)}  ${e.status ?? '…'}  ${purpose(e)}`,
    );
  }
  console.log(
    `  counted by the pane's request ledger under the email's scope when settled: ${r.milestones.requestsWhenSettled}`,
  );
}

const verdict = (ok) => (ok ? 'met' : 'MISSED');
const COLD = ['cold sender', 'cold, pane just opened'];
console.log(
  '\nTargets (cold: ≤ 2 sequential round trips, ≤ 4 requests; warm: the cached picture first, ≤ 2 requests)',
);
for (const r of results) {
  if (COLD.includes(r.name)) {
    console.log(
      `  ${r.name}: round trips ${verdict(r.roundTrips.depth <= 2)} (${r.roundTrips.depth}; ${r.networkRoundTrips} on the network with preflights),` +
        ` requests ${verdict(r.api.length <= 4)} (${r.api.length}; ${r.afterReady.length} more once ready)`,
    );
  } else {
    const from =
      r.milestones.firstSource === 'cache'
        ? "the sender's picture kept on the device"
        : "the data layer's memory of this session";
    console.log(
      `  ${r.name}: cached picture first ${verdict(r.answeredBeforeFirst === 0)}` +
        ` (${ms(r.milestones.firstResultAt - r.milestones.startedAt)} after the email was known, from ${from},` +
        ` ${r.answeredBeforeFirst} Halo answers waited for), requests ${verdict(r.api.length <= 2)}` +
        ` (${r.api.length}; ${r.afterReady.length} more once ready)`,
    );
  }
}

const CAUSES = {
  'client by domain: sites of those clients':
    "client by domain reads the sites of the clients found at the sender's domain (`GET /Site?client_id=`),\n" +
    '    after `GET /Users?search=@domain`: Halo has no e-mail-domain filter on sites. Fix (matchers/halo): skip\n' +
    '    the site lookup when the contact matcher has decided the client, or keep site mail domains in a\n' +
    '    tenant-wide cache that outlives the session (sites change rarely).',
  'thread: the ticket named by the subject or message id':
    'the subject tag is checked in Halo (`GET /Tickets/<n>`), since a tag of another tenant names a ticket\n' +
    "    this one does not have. Fix (matchers): accept the tag when the client's open tickets, asked anyway,\n" +
    '    contain it, and check only the others.',
  'thread by message id':
    'thread by message id probes `GET /Actions?internetmessageid=` once per pane session: Halo documents no\n' +
    '    such filter and the simulator refuses it (400), as a strict Halo would. Fix: a tenant that honours the\n' +
    "    filter (the simulator's actionsMessageIdFilter) makes it the one request for the whole thread; or\n" +
    '    remember what was learnt in device storage, so a reopened pane does not probe again.',
  "email rules: Halo's rules (once per session)":
    "the email rules plugin reads Halo's rules (`GET /EmailRule`) on a session's first email, in parallel\n" +
    '    with the other matchers (not on the critical path). Fix: keep them in device storage for a few\n' +
    '    minutes, as rules change rarely.',
  'contact by e-mail':
    "a reopened pane is a new session: the data layer's sender caches (users by address and by domain) live\n" +
    '    in memory, so the contact and the domain are asked again although the picture was shown from the\n' +
    '    device. Fix (halo/sdk): keep the stale-while-revalidate sender cache in device storage, or trust a\n' +
    "    sender's picture younger than a few minutes and refresh only the open tickets.",
};
const explain = [];
for (const r of results) {
  const limit = COLD.includes(r.name) ? 4 : 2;
  if (r.api.length > limit) {
    explain.push(`${r.name}: ${r.api.length} requests (${summarise(r.api.map(purpose))}).`);
    const seen = new Set(r.api.map(purpose));
    for (const [cause, why] of Object.entries(CAUSES)) {
      if (seen.has(cause) && !(cause === 'contact by e-mail' && COLD.includes(r.name))) {
        explain.push(`  · ${why}`);
      }
    }
  }
  if (COLD.includes(r.name) && r.roundTrips.depth > 2) {
    for (const late of r.api.filter((e) => r.roundTrips.of(e) > 2)) {
      const sent = Date.parse(late.time);
      const just = r.api
        .filter((e) => e !== late && Date.parse(e.time) + e.delayMs <= sent)
        .filter((e) => sent - (Date.parse(e.time) + e.delayMs) < 60)
        .map((e) => {
          const preflighted = r.preflights.some(
            (p) => p.path === e.path && sameQuery(p.query, e.query),
          );
          return `${purpose(e)} [${r.roundTrips.of(e)}]${preflighted ? ', which waited for its CORS preflight' : ''}`;
        });
      explain.push(
        `${r.name}: ${r.roundTrips.depth} sequential round trips: ${late.method} ${late.path} (${purpose(late)})` +
          `\n  went out just after the answers of ${just.join('; and ')}.` +
          '\n  The chain is inferred from timing, so whichever of them decided the client counts.',
      );
    }
  }
}
const preflights = results.map((r) => `${r.preflights.length} ${r.name}`).join(', ');
explain.push(
  `CORS preflights, not counted above: ${preflights}. Halo is another origin and every call carries a\n` +
    '  bearer token, so the browser asks before each URL it has not asked about in the last 600 s (the\n' +
    "  Access-Control-Max-Age Halo's CORS answers carry here). Counted with them, the critical path is " +
    results.map((r) => `${r.networkRoundTrips} (${r.name})`).join(', ') +
    " round trips.\n  The client cannot avoid them; serving Halo from the add-in's origin (a reverse proxy) would.",
);
console.log(`\nWhy\n${explain.join('\n')}`);
if (errors.length > 0) console.log(`\nErrors in the page: ${errors.join(' | ')}`);

function summarise(purposes) {
  const counts = new Map();
  for (const p of purposes) counts.set(p, (counts.get(p) ?? 0) + 1);
  return [...counts].map(([p, n]) => `${n} × ${p}`).join(', ');
}
