import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { EMPTY_PICTURE, type MergedCandidate } from '@halo-outlook/sdk';
import {
  aHaloSite,
  aHaloUser,
  aMailSnapshot,
  RecordingHaloFacade,
} from '@halo-outlook/sdk/testing';
import { contosoHalo, ticketCandidate } from '../testing/log-fixtures.spec';
import { CURRENT_OUTLOOK, FakeFormHost, provideFormHost } from '../testing/fake-form-host.spec';
import { until } from '../testing/until.spec';
import { CreateForm } from './create-form';
import type { CreateInput } from './create-input';
import { createTicketAction } from './create-ticket-action';

const candidate = (
  kind: MergedCandidate['kind'],
  id: number,
  label: string,
  data?: Record<string, unknown>,
): MergedCandidate => ({
  kind,
  id,
  label,
  confidence: 0.95,
  reason: 'r',
  reasons: ['r'],
  sources: ['t'],
  ...(data ? { data } : {}),
});

const types = [
  {
    id: 1,
    name: 'Incident',
    use: 'tickets',
    inactive: false,
    agentsCanSelect: true,
    emailStartTag: null,
    emailEndTag: null,
  },
  {
    id: 3,
    name: 'Service Request',
    use: 'tickets',
    inactive: false,
    agentsCanSelect: true,
    emailStartTag: null,
    emailEndTag: null,
  },
  {
    id: 6,
    name: 'Opportunity',
    use: 'opps',
    inactive: false,
    agentsCanSelect: true,
    emailStartTag: null,
    emailEndTag: null,
  },
];

async function setUp(picture: Partial<typeof EMPTY_PICTURE> = {}) {
  const halo = new RecordingHaloFacade(
    contosoHalo({
      ticketTypes: types,
      sites: [
        aHaloSite({ id: 1, name: 'Main Surgery', clientId: 1 }),
        aHaloSite({ id: 2, name: 'Harbour Street Clinic', clientId: 1 }),
      ],
      users: [
        aHaloUser({ id: 1, name: 'Alice Carter', clientId: 1 }),
        aHaloUser({ id: 2, name: 'Bob Singh', clientId: 1 }),
      ],
    }),
  );
  const snapshot = aMailSnapshot({
    subject: 'FW: RE: [ID: 77] Card reader error at the front desk',
    from: 'Bob Singh <bob.singh@contoso-dental.example>',
  });
  const host = new FakeFormHost<CreateInput>(createTicketAction(), snapshot, halo, {
    ...CURRENT_OUTLOOK,
    messageFile: false,
  });
  host.pictureState.set({ ...EMPTY_PICTURE, ...picture });
  TestBed.configureTestingModule({ providers: [provideFormHost(host)] });
  const fixture = TestBed.createComponent(CreateForm);
  await fixture.whenStable();
  return { fixture, host, loader: TestbedHarnessEnvironment.loader(fixture) };
}

describe('CreateForm', () => {
  it('fills the ticket from the e-mail and the pane’s picture, and submits what it shows', async () => {
    const { fixture, host, loader } = await setUp({
      client: candidate('client', 1, 'Contoso Dental'),
      contact: candidate('contact', 2, 'Bob Singh'),
      site: candidate('site', 2, 'Harbour Street Clinic'),
      tags: [candidate('tag', 0, 'Support', { ticketTypeId: 3 })],
    });
    const summary = await loader.getHarness(
      MatInputHarness.with({ selector: '[formControlName=summary]' }),
    );
    expect(await summary.getValue()).toBe('Card reader error at the front desk');
    const [type, site, contact, outcome] = await loader.getAllHarnesses(MatSelectHarness);
    await until(async () => (await type.getValueText()) === 'Service Request');
    await until(async () => (await site.getValueText()) === 'Harbour Street Clinic');
    expect(await contact.getValueText()).toBe('Bob Singh');
    expect(await outcome.getValueText()).toBe('Logged from Outlook');
    await type.open();
    expect((await type.getOptions()).length).toBe(3); // Halo's default + the two ticket types
    await type.close();
    await summary.setValue('Card reader error');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Create ticket' }))).click();
    await fixture.whenStable();
    expect(host.submitted).toEqual([
      {
        ticketTypeId: 3,
        summary: 'Card reader error',
        clientId: 1,
        siteId: 2,
        userId: 2,
        userName: null,
        userEmail: null,
        outcomeId: 21,
        outcomeName: 'Logged from Outlook',
        privateNote: true,
        minutes: 0,
        attachmentIds: [],
        includeOriginal: false,
        trimQuotedHistory: false,
        remoteImages: false,
      },
    ]);
  });

  it('preselects the ticket type and summary of an email rule, says so, and lets the agent change them', async () => {
    const { fixture, host, loader } = await setUp({
      client: candidate('client', 1, 'Contoso Dental'),
      tags: [
        candidate('tag', 'email-rule:2' as unknown as number, 'Reception PCs', {
          ruleId: 2,
          ticketTypeId: 1,
          fields: { summary: 'Card reader on HS-RECEP-01' },
        }),
      ],
    });
    const [type] = await loader.getAllHarnesses(MatSelectHarness);
    const typeField = await loader.getHarness(
      MatFormFieldHarness.with({ floatingLabelText: 'Ticket type' }),
    );
    const summaryField = await loader.getHarness(
      MatFormFieldHarness.with({ floatingLabelText: 'Summary' }),
    );
    await until(async () => (await type.getValueText()) === 'Incident');
    expect(await typeField.getTextHints()).toEqual(['From email rule “Reception PCs”']);
    const summary = await loader.getHarness(
      MatInputHarness.with({ selector: '[formControlName=summary]' }),
    );
    expect(await summary.getValue()).toBe('Card reader on HS-RECEP-01');
    expect(await summaryField.getTextHints()).toEqual(['From email rule “Reception PCs”']);

    await type.clickOptions({ text: 'Service Request' });
    await fixture.whenStable();
    expect(await typeField.getTextHints()).toEqual([]);
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Create ticket' }))).click();
    expect(host.submitted[0]).toEqual(
      jasmine.objectContaining({ ticketTypeId: 3, summary: 'Card reader on HS-RECEP-01' }),
    );
  });

  it('preselects the ticket type the agent mapped to a tag, else the agent’s default, saying which', async () => {
    const { fixture, host, loader } = await setUp({
      tags: [candidate('tag', 'class:billing' as unknown as number, 'Billing question')],
    });
    const [type] = await loader.getAllHarnesses(MatSelectHarness);
    const typeField = await loader.getHarness(
      MatFormFieldHarness.with({ floatingLabelText: 'Ticket type' }),
    );
    await until(async () => (await type.getValueText()) === 'Halo’s default');
    expect(await typeField.getTextHints()).toEqual([]);

    host.defaultsState.update((d) => ({
      ...d,
      ticketTypeId: 1,
      ticketTypeByTag: { 'class:billing': 3 },
    }));
    await fixture.whenStable();
    await until(async () => (await type.getValueText()) === 'Service Request');
    expect(await typeField.getTextHints()).toEqual(['From tag “Billing question”']);

    host.pictureState.update((p) => ({ ...p, tags: [] }));
    await fixture.whenStable();
    await until(async () => (await type.getValueText()) === 'Incident');
    expect(await typeField.getTextHints()).toEqual(['Your default (Settings)']);
  });

  it('creates for a sender who is not in Halo under the chosen client', async () => {
    const { host, loader } = await setUp({
      client: candidate('client', 4, 'Public Domain Senders'),
    });
    const [, , contact] = await loader.getAllHarnesses(MatSelectHarness);
    expect(await contact.getValueText()).toBe(
      'Not in Halo: Bob Singh <bob.singh@contoso-dental.example>',
    );
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Create ticket' }))).click();
    expect(host.submitted[0]).toEqual(
      jasmine.objectContaining({
        clientId: 4,
        userId: null,
        userName: 'Bob Singh',
        userEmail: 'bob.singh@contoso-dental.example',
      }),
    );
  });

  it('warns when the e-mail’s thread is on a ticket, links it, and offers to append instead', async () => {
    const { fixture, host, loader } = await setUp({
      threadTickets: [ticketCandidate(1001, 'Printer offline')],
    });
    const warning = fixture.nativeElement.querySelector('[role=status]') as HTMLElement;
    expect(warning.textContent).toContain('This email’s thread is on ticket');
    expect(warning.querySelector('a')?.getAttribute('href')).toBe(
      'https://halo.example/tickets?id=1001',
    );
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Append instead' }))).click();
    expect(host.switched).toEqual(['halo.append-to-ticket']);
  });

  it('says when this very e-mail is already on a ticket', async () => {
    const { fixture, host } = await setUp();
    host.loggedState.set({ ticketId: 1042, url: null });
    await fixture.whenStable();
    expect(fixture.nativeElement.querySelector('[role=status]').textContent).toContain(
      'This email is already on ticket',
    );
  });

  it('does not submit without a client, and says so', async () => {
    const { fixture, host, loader } = await setUp();
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Create ticket' }))).click();
    await fixture.whenStable();
    expect(host.submitted).toEqual([]);
    expect(fixture.nativeElement.textContent).toContain('Choose the client from the list.');
  });
});
