import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatAutocompleteHarness } from '@angular/material/autocomplete/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { EMPTY_PICTURE } from '@halo-outlook/sdk';
import { aHaloTicket, RecordingHaloFacade } from '@halo-outlook/sdk/testing';
import { contosoHalo, reply, ticketCandidate } from '../testing/log-fixtures.spec';
import { CURRENT_OUTLOOK, FakeFormHost, provideFormHost } from '../testing/fake-form-host.spec';
import { until } from '../testing/until.spec';
import type { AppendInput } from './append-input';
import { AppendForm } from './append-form';
import { appendToTicketAction } from './append-to-ticket-action';

async function setUp(options: { limits?: { maxFileBytes: number; maxTotalBytes: number } } = {}) {
  const halo = new RecordingHaloFacade(
    contosoHalo({
      tickets: [
        aHaloTicket({ id: 1042, summary: 'Printer offline in reception' }),
        aHaloTicket({ id: 1099, summary: 'VPN down' }),
      ],
      statuses: [
        { id: 2, name: 'In Progress', shortName: null, type: null, sequence: 1, colour: null },
      ],
    }),
  );
  const host = new FakeFormHost<AppendInput>(
    appendToTicketAction({ limits: options.limits }),
    reply,
    halo,
    CURRENT_OUTLOOK,
  );
  host.pictureState.set({
    ...EMPTY_PICTURE,
    threadTickets: [ticketCandidate(1042, 'Printer offline in reception')],
  });
  host.defaultsState.set({
    ticketTypeId: null,
    outcomeId: null,
    attachments: true,
    privateNote: true,
    minutes: 15,
  });
  TestBed.configureTestingModule({ providers: [provideFormHost(host)] });
  const fixture = TestBed.createComponent(AppendForm);
  await fixture.whenStable();
  const loader = TestbedHarnessEnvironment.loader(fixture);
  return { fixture, host, loader };
}

describe('AppendForm', () => {
  it('starts from the thread’s ticket and the agent’s defaults, and submits what it shows', async () => {
    const { fixture, host, loader } = await setUp();
    const ticket = await loader.getHarness(MatInputHarness.with({ placeholder: '' }));
    expect(await ticket.getValue()).toBe('#1042 Printer offline in reception');
    const [outcome, status] = await loader.getAllHarnesses(MatSelectHarness);
    expect(await outcome.getValueText()).toBe('Logged from Outlook');
    expect(await status.getValueText()).toBe('Keep the ticket’s status');
    await status.open();
    await status.clickOptions({ text: 'In Progress' });
    const minutes = await loader.getHarness(
      MatInputHarness.with({ selector: '[formControlName=minutes]' }),
    );
    expect(await minutes.getValue()).toBe('15');
    await minutes.setValue('20');
    const checkboxes = await loader.getAllHarnesses(MatCheckboxHarness);
    const labels = await Promise.all(checkboxes.map((c) => c.getLabelText()));
    expect(labels).toEqual([
      'Private note (agents only)',
      'Leave out the quoted history',
      'Keep images from the internet',
      'error-log.pdf 3 bytes',
      'screen.png 3 bytes',
      'The original email (.eml), about 64 KB',
    ]);
    expect(await Promise.all(checkboxes.map((c) => c.isChecked()))).toEqual([
      true,
      true,
      false,
      true,
      true,
      true,
    ]);
    await checkboxes[4].uncheck();
    const submit = await loader.getHarness(MatButtonHarness.with({ text: 'Add to #1042' }));
    await submit.click();
    await fixture.whenStable();
    expect(host.submitted).toEqual([
      {
        ticketId: 1042,
        outcomeId: 21,
        outcomeName: 'Logged from Outlook',
        privateNote: true,
        minutes: 20,
        newStatusId: 2,
        attachmentIds: ['att-pdf'],
        includeOriginal: true,
        trimQuotedHistory: true,
        remoteImages: false,
      },
    ]);
  });

  it('finds another ticket by its number', async () => {
    const { host, loader } = await setUp();
    const ticket = await loader.getHarness(MatInputHarness.with({ placeholder: '' }));
    await ticket.setValue('1099');
    const auto = await loader.getHarness(MatAutocompleteHarness);
    // The search starts when typing pauses.
    await until(async () => (await auto.getOptions({ text: '#1099 VPN down' })).length > 0);
    await auto.selectOption({ text: '#1099 VPN down' });
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Add to #1099' }))).click();
    expect(host.submitted.map((i) => i.ticketId)).toEqual([1099]);
  });

  it('keeps what was typed and says what is wrong when the time is not whole minutes', async () => {
    const { fixture, host, loader } = await setUp();
    const minutes = await loader.getHarness(
      MatInputHarness.with({ selector: '[formControlName=minutes]' }),
    );
    await minutes.setValue('2000');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Add to #1042' }))).click();
    await fixture.whenStable();
    expect(host.submitted).toEqual([]);
    expect(await minutes.getValue()).toBe('2000');
    expect(fixture.nativeElement.textContent).toContain('Whole minutes from 0 to 1440.');
  });

  it('says which file is over the limit, and submits once it is unticked', async () => {
    const { fixture, host, loader } = await setUp({
      limits: { maxFileBytes: 1024, maxTotalBytes: 1024 * 1024 },
    });
    expect(fixture.nativeElement.textContent).toContain(
      '“RE Printer offline in reception [ID 1042].eml” is 64 KB: the add-in sends files up to 1 KB.',
    );
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Add to #1042' }))).click();
    expect(host.submitted).toEqual([]);
    const original = await loader.getHarness(MatCheckboxHarness.with({ label: /original email/ }));
    await original.uncheck();
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Add to #1042' }))).click();
    expect(host.submitted.length).toBe(1);
  });

  it('cannot be submitted twice while the first runs', async () => {
    const { fixture, host, loader } = await setUp();
    host.busyState.set(true);
    await fixture.whenStable();
    const submit = await loader.getHarness(MatButtonHarness.with({ text: 'Add to #1042' }));
    expect(await submit.isDisabled()).toBeTrue();
  });
});
