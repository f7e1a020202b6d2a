// Test set-up for the integration specs: the simulator's URLs (started by the halo Karma config)
// and a HaloSession that gets real tokens from the simulator's test facility `POST /_sim/tokens`.
import { provideHttpClient, withFetch } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { DiagnosticsLog, HaloSession } from '@halo-outlook/core';
import { HaloFacades } from '../facades/halo-facades';
import type { HaloClientFeature } from '../provide/halo-client-feature';
import { provideHaloClient } from '../provide/provide-halo-client';
import { RecordingLog } from '../testing/halo-test-setup.spec';

interface KarmaGlobal {
  __karma__?: { config?: { haloSimulator?: { url: string; corsClosedUrl: string } } };
}

/** The simulators' base URLs; fails loudly when the halo Karma config did not start them. */
export function simulatorUrls(): { url: string; corsClosedUrl: string } {
  const urls = (globalThis as KarmaGlobal).__karma__?.config?.haloSimulator;
  if (urls === undefined) {
    throw new Error('No Halo simulator: run these specs with projects/halo/karma.conf.js.');
  }
  return urls;
}

/** Calls the simulator's admin API (`/_sim/...`). */
export async function admin(path: string, method = 'GET', body?: unknown): Promise<unknown> {
  const response = await fetch(`${simulatorUrls().url}/_sim/${path}`, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return response.status === 204 ? null : response.json();
}

/** A session signed in as a seeded agent, with tokens from the simulator's test facility. */
export class SimulatorSession extends HaloSession {
  token: string;
  refreshes = 0;

  constructor(
    private readonly base: string,
    initialToken = '',
  ) {
    super();
    this.token = initialToken;
  }

  override apiUrl(): string {
    return `${this.base}/api`;
  }
  override async getAccessToken(): Promise<string> {
    if (this.token === '') this.token = await issueToken();
    return this.token;
  }
  override async refreshAfterRejection(): Promise<string> {
    this.refreshes++;
    this.token = await issueToken();
    return this.token;
  }
}

async function issueToken(): Promise<string> {
  const body = (await admin('tokens', 'POST', { agent: 'alex', scope: 'all' })) as {
    access_token: string;
  };
  return body.access_token;
}

/** Configures the real Halo client against the simulator at `base`. */
export function connect(
  options: { base?: string; initialToken?: string; features?: HaloClientFeature[] } = {},
): { facades: HaloFacades; session: SimulatorSession; log: RecordingLog } {
  const session = new SimulatorSession(options.base ?? simulatorUrls().url, options.initialToken);
  const log = new RecordingLog();
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(withFetch()),
      { provide: HaloSession, useValue: session },
      { provide: DiagnosticsLog, useValue: log },
      provideHaloClient(...(options.features ?? [])),
    ],
  });
  return { facades: TestBed.inject(HaloFacades), session, log };
}
