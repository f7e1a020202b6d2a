// Test set-up shared by the specs of the resolution and the pane: the simulator's well-known
// records as fixtures, a mailbox whose email the spec selects, a session the spec signs in and
// out, and the providers of the pane's resolution. (A .spec.ts file so the app build leaves it out.)
import {
  type EnvironmentProviders,
  type Provider,
  type Signal,
  type WritableSignal,
  signal,
} from '@angular/core';
import { TestBed } from '@angular/core/testing';
import {
  type AuthState,
  DEVICE_DB_NAME,
  DeviceStore,
  type MailSnapshot,
  TokenService,
  type TenantConfig,
  TenantConfigStore,
} from '@halo-outlook/core';
import { NO_MAILBOX_CAPABILITIES } from '@halo-outlook/core/mailbox';
import { MailboxPort } from '@halo-outlook/core/mailbox';
import { RequestLedger } from '@halo-outlook/halo';
import {
  EXAMPLE_PUBLIC_EMAIL_DOMAINS,
  PUBLIC_EMAIL_DOMAINS,
  builtInMatchers,
} from '@halo-outlook/matchers';
import { provideHaloPlugins, withMatchers } from '@halo-outlook/sdk';
import {
  type HaloFixtures,
  RecordingHaloFacade,
  aHaloClient,
  aHaloSite,
  aHaloTicket,
  aHaloUser,
  provideRecordingHalo,
} from '@halo-outlook/sdk/testing';
import { deleteDB } from 'idb';
import { BehaviorSubject } from 'rxjs';
import { providePaneStores } from '../../pane/provide-pane-stores';
import { provideEmailResolution } from '../provide-email-resolution';
export { waitFor } from '../../testing/wait-for.spec';

/** The Halo of the specs: the simulator's fixed records that the pane's scenarios use. */
export function testTenant(): HaloFixtures {
  return {
    agent: {
      id: 2,
      name: 'Alex Morgan',
      email: 'alex.morgan@msp.example',
      team: '1st Line',
      teamId: 1,
      teams: [],
      disabled: false,
    },
    users: [
      aHaloUser({
        id: 1,
        name: 'Alice Carter',
        email: 'alice.carter@contoso-dental.example',
        clientId: 1,
        clientName: 'Contoso Dental',
        siteId: 1,
        siteName: 'Main Surgery',
        phone: '+44 20 7946 0101',
      }),
      aHaloUser({
        id: 2,
        name: 'Bob Singh',
        email: 'bob.singh@contoso-dental.example',
        clientId: 1,
        clientName: 'Contoso Dental',
        siteId: 2,
        siteName: 'Harbour Street Clinic',
      }),
      aHaloUser({
        id: 4,
        name: 'Nora Fields',
        email: 'nora.fields@northwind.example',
        clientId: 2,
        clientName: 'Northwind Legal',
        siteId: 3,
        siteName: 'Head Office',
      }),
      aHaloUser({
        id: 5,
        name: 'Liam Ortiz',
        email: 'liam.ortiz@northwind.example',
        clientId: 3,
        clientName: 'Northwind Logistics',
        siteId: 4,
        siteName: 'Distribution Centre',
      }),
    ],
    clients: [
      aHaloClient({ id: 1, name: 'Contoso Dental' }),
      aHaloClient({ id: 2, name: 'Northwind Legal' }),
      aHaloClient({ id: 3, name: 'Northwind Logistics' }),
      aHaloClient({ id: 4, name: 'Public Domain Senders' }),
    ],
    sites: [
      aHaloSite({
        id: 1,
        name: 'Main Surgery',
        clientId: 1,
        clientName: 'Contoso Dental',
        emailDomain: 'contoso-dental.example',
      }),
      aHaloSite({
        id: 2,
        name: 'Harbour Street Clinic',
        clientId: 1,
        clientName: 'Contoso Dental',
      }),
      aHaloSite({
        id: 3,
        name: 'Head Office',
        clientId: 2,
        clientName: 'Northwind Legal',
        emailDomain: 'northwind.example',
      }),
      aHaloSite({
        id: 4,
        name: 'Distribution Centre',
        clientId: 3,
        clientName: 'Northwind Logistics',
        emailDomain: 'northwind.example',
      }),
      aHaloSite({ id: 5, name: 'Online', clientId: 4, clientName: 'Public Domain Senders' }),
    ],
    tickets: [
      aHaloTicket({
        id: 1001,
        summary: 'Printer offline in reception',
        clientId: 1,
        clientName: 'Contoso Dental',
        userId: 1,
        userName: 'Alice Carter',
        agentId: 2,
        agentName: 'Alex Morgan',
        statusId: 2,
        statusName: 'In Progress',
        lastActionDate: '2026-10-31T09:00:00.000Z',
      }),
      aHaloTicket({
        id: 1002,
        summary: 'New starter laptop setup',
        clientId: 1,
        clientName: 'Contoso Dental',
        userId: 1,
        userName: 'Alice Carter',
        statusId: 1,
        statusName: 'New',
        lastActionDate: '2026-11-01T07:00:00.000Z',
      }),
      aHaloTicket({
        id: 1006,
        summary: 'Card reader error',
        clientId: 1,
        clientName: 'Contoso Dental',
        userId: 2,
        userName: 'Bob Singh',
        agentId: 3,
        agentName: 'Blair Chen',
        statusId: 1,
        statusName: 'New',
        lastActionDate: '2026-10-20T07:00:00.000Z',
      }),
      aHaloTicket({
        id: 1004,
        summary: 'Document management system slow',
        clientId: 2,
        clientName: 'Northwind Legal',
        userId: 4,
        userName: 'Nora Fields',
        statusId: 3,
        statusName: 'Action Required',
      }),
    ],
    statuses: [
      { id: 1, name: 'New', shortName: 'NEW', type: 0, sequence: 1, colour: '#2196f3' },
      { id: 2, name: 'In Progress', shortName: 'INP', type: 0, sequence: 2, colour: '#ff9800' },
      { id: 3, name: 'Action Required', shortName: 'ACT', type: 0, sequence: 3, colour: '#f44336' },
      { id: 9, name: 'Closed', shortName: 'CLO', type: 1, sequence: 9, colour: '#4caf50' },
    ],
  };
}

/** The test tenant's config (the simulator's address). */
export const TEST_TENANT_CONFIG: TenantConfig = {
  baseUrl: 'https://halo.example',
  apiUrl: 'https://halo.example/api',
  authUrl: 'https://halo.example/auth',
  clientId: 'halo-outlook-dev',
  tenant: null,
};

/**
 * The part of the mailbox port the pane reads (the current email), whose email the spec selects.
 * Provided with `useValue` for `MailboxPort`.
 */
export class TestMailbox {
  private readonly current = signal<MailSnapshot | null>(null);
  private readonly subject = new BehaviorSubject<MailSnapshot | null>(null);
  /** The current email, as `MailboxPort.item`. */
  readonly item: Signal<MailSnapshot | null> = this.current.asReadonly();
  /** The same as an observable, as `MailboxPort.item$`. */
  readonly item$ = this.subject.asObservable();
  /** Nothing Outlook-specific in specs. */
  readonly capabilities = NO_MAILBOX_CAPABILITIES;

  /** Selects `email` (null: none), as Outlook's ItemChanged would. */
  select(email: MailSnapshot | null): void {
    this.current.set(email);
    this.subject.next(email);
  }
}

/** The session of a spec, signed in by default. */
export function testSession(): WritableSignal<AuthState> {
  return signal<AuthState>({
    status: 'signed-in',
    expiresAt: Date.now() + 3_600_000,
    scope: 'all',
  });
}

/** What {@link provideEmailTestBed} set up, for the spec to drive. */
export interface EmailTestBed {
  readonly halo: RecordingHaloFacade;
  readonly mailbox: TestMailbox;
  readonly session: WritableSignal<AuthState>;
  readonly dbName: string;
  readonly providers: (Provider | EnvironmentProviders)[];
}

/**
 * The providers of the pane's resolution over a {@link RecordingHaloFacade}: the built-in
 * matchers (with the simulator's public domains), device storage in a fresh database, a test
 * mailbox and session, `provideEmailResolution()` and the pane's stores.
 */
export function emailTestBed(fixtures: HaloFixtures = testTenant()): EmailTestBed {
  const halo = new RecordingHaloFacade(fixtures);
  const mailbox = new TestMailbox();
  const session = testSession();
  const dbName = `email-test-bed-${Math.random()}`;
  const providers: (Provider | EnvironmentProviders)[] = [
    provideHaloPlugins(
      withMatchers(
        builtInMatchers({
          publicDomains: [...PUBLIC_EMAIL_DOMAINS, ...EXAMPLE_PUBLIC_EMAIL_DOMAINS],
        }),
      ),
    ),
    provideRecordingHalo(halo),
    provideEmailResolution(),
    providePaneStores(),
    RequestLedger,
    { provide: MailboxPort, useValue: mailbox },
    {
      provide: TokenService,
      useValue: { state: session.asReadonly(), ready: async () => undefined },
    },
    {
      provide: TenantConfigStore,
      useValue: { config: signal(TEST_TENANT_CONFIG).asReadonly(), load: async () => undefined },
    },
    { provide: DEVICE_DB_NAME, useValue: dbName },
  ];
  return { halo, mailbox, session, dbName, providers };
}

/**
 * Declares a fresh {@link emailTestBed} for each spec of the enclosing `describe`: TestBed is
 * configured with it before each spec (before the describe's own `beforeEach`), and its device
 * database is closed and deleted after each.
 *
 * @usageNotes
 * `const testBed = useEmailTestBed(); it('…', () => testBed().mailbox.select(alice));`
 */
export function useEmailTestBed(): () => EmailTestBed {
  let bed: EmailTestBed;
  beforeEach(() => {
    bed = emailTestBed();
    TestBed.configureTestingModule({ providers: bed.providers });
  });
  afterEach(async () => {
    await TestBed.inject(DeviceStore).close();
    await deleteDB(bed.dbName);
  });
  return () => bed;
}
