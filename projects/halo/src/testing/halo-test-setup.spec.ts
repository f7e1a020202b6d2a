// Shared set-up of the halo unit specs (a spec file so it is never part of the library build).
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import {
  AppError,
  DiagnosticsLog,
  type DiagnosticData,
  type DiagnosticLevel,
  HaloSession,
} from '@halo-outlook/core';
import { of } from 'rxjs';
import { HaloFacades } from '../facades/halo-facades';
import type { HaloClientFeature } from '../provide/halo-client-feature';
import { withEnvironment } from '../provide/halo-client-feature';
import { provideHaloClient } from '../provide/provide-halo-client';

export const API = 'https://acme.halopsa.example/api';

/** A session with a token that a refresh replaces, counting what it was asked. */
export class FakeSession extends HaloSession {
  token = 'token-1';
  refreshes: string[] = [];
  refuseRefresh = false;
  url: string | null = API;

  override apiUrl(): string | null {
    return this.url;
  }
  override async getAccessToken(): Promise<string> {
    return this.token;
  }
  override async refreshAfterRejection(rejected: string): Promise<string> {
    this.refreshes.push(rejected);
    if (this.refuseRefresh) {
      throw new AppError({ kind: 'unauthorized', message: 'Signed out.', action: 'Sign in.' });
    }
    this.token = `token-${this.refreshes.length + 1}`;
    return this.token;
  }
}

/** A diagnostics log that keeps its entries. */
export class RecordingLog extends DiagnosticsLog {
  readonly entries: {
    source: string;
    level: DiagnosticLevel;
    message: string;
    data?: DiagnosticData;
  }[] = [];
  override record(source: string, level: DiagnosticLevel, message: string, data?: DiagnosticData) {
    this.entries.push({ source, level, message, data });
  }
}

/** What a spec gets back from {@link setUpHalo}. */
export interface HaloTestBed {
  readonly http: HttpTestingController;
  readonly session: FakeSession;
  readonly log: RecordingLog;
  readonly facades: HaloFacades;
  /** The waits the rate-limit backoff asked for (they end at once). */
  readonly waits: number[];
  online: boolean;
  /** Whether Halo's server answers the probe made after a failure with no status. */
  reachable: boolean;
  /** The clock the client reads (ms). */
  now: number;
}

/** Configures TestBed with the Halo client over the testing backend. */
export function setUpHalo(...features: HaloClientFeature[]): HaloTestBed {
  const session = new FakeSession();
  const log = new RecordingLog();
  const waits: number[] = [];
  const bed: { online: boolean; reachable: boolean; now: number } = {
    online: true,
    reachable: true,
    now: 0,
  };
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      { provide: HaloSession, useValue: session },
      { provide: DiagnosticsLog, useValue: log },
      provideHaloClient(
        withEnvironment({
          isOnline: () => bed.online,
          reachable: async () => bed.reachable,
          now: () => bed.now,
          origin: () => 'https://addin.example.com',
          random: () => 0.5,
          wait: (ms) => {
            waits.push(ms);
            return of(0);
          },
        }),
        ...features,
      ),
    ],
  });
  return Object.assign(bed, {
    http: TestBed.inject(HttpTestingController),
    session,
    log,
    facades: TestBed.inject(HaloFacades),
    waits,
  });
}

/** Lets pending promise callbacks run (the token is read asynchronously before each request). */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}
