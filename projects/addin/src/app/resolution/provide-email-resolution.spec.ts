import { TestBed } from '@angular/core/testing';
import { RememberedChoices, ResolutionStore, SeenSenders } from '@halo-outlook/sdk';
import { aMailSnapshot } from '@halo-outlook/sdk/testing';
import { DeviceRememberedChoices } from './device-remembered-choices';
import { DeviceSeenSenders } from './device-seen-senders';
import { ResolutionMilestonesRecorder } from './resolution-milestones';
import { type EmailTestBed, useEmailTestBed, waitFor } from './testing/email-test-bed.spec';

describe('provideEmailResolution', () => {
  let bed: EmailTestBed;

  const testBed = useEmailTestBed();

  beforeEach(() => (bed = testBed()));

  it('keeps senders and remembered choices on the device', () => {
    expect(TestBed.inject(SeenSenders)).toEqual(jasmine.any(DeviceSeenSenders));
    expect(TestBed.inject(RememberedChoices)).toEqual(jasmine.any(DeviceRememberedChoices));
  });

  it("uses a client chosen and remembered for a sender on that sender's next email", async () => {
    const store = TestBed.inject(ResolutionStore);
    const first = aMailSnapshot({ from: 'Front Desk <frontdesk@northwind.example>' });
    bed.mailbox.select(first);
    await waitFor(() => store.ready());
    const [legal] = store.picture().clientChoice.filter((c) => c.label === 'Northwind Legal');
    expect(store.picture().client).toBeNull();

    await store.override(legal, { remember: true });
    await waitFor(() => store.picture().client?.label === 'Northwind Legal');

    const next = aMailSnapshot({
      from: 'frontdesk@northwind.example',
      subject: 'Door entry again',
    });
    bed.mailbox.select(next);
    await waitFor(() => store.ready() && store.snapshot() === next);
    expect(store.picture().client?.label).toBe('Northwind Legal');
    expect(store.picture().client?.reasons).toContain('You chose it for this sender before.');
    expect(store.picture().clientChoice).toEqual([]);
  });

  it("shows a sender seen before from the device at once, then Halo's fresh picture", async () => {
    const store = TestBed.inject(ResolutionStore);
    bed.mailbox.select(aMailSnapshot({ from: 'alice.carter@contoso-dental.example' }));
    await waitFor(() => store.ready());
    const seen = TestBed.inject(SeenSenders);
    await waitFor(
      async () => (await seen.recall('alice.carter@contoso-dental.example')) !== null,
      'the picture to be kept on the device',
    );

    bed.halo.neverAnswer();
    bed.mailbox.select(aMailSnapshot({ from: 'alice.carter@contoso-dental.example' }));
    await waitFor(() => store.picture().contact !== null, 'the cached picture');
    expect(store.picture().contact?.sources).toEqual(['cache']);
    expect(store.picture().client?.label).toBe('Contoso Dental');
    expect(store.ready()).toBeFalse();
  });

  it('records the milestones of each resolution for diagnostics and the benchmark', async () => {
    const store = TestBed.inject(ResolutionStore);
    const recorder = TestBed.inject(ResolutionMilestonesRecorder);
    const email = aMailSnapshot({ from: 'alice.carter@contoso-dental.example' });
    bed.mailbox.select(email);
    await waitFor(() => store.ready());
    TestBed.tick();

    const milestones = recorder.current();
    expect(milestones?.scope).toBe(`email:${email.itemId}`);
    expect(milestones?.firstSource).toBe('halo');
    expect(milestones?.startedAt).toBeLessThanOrEqual(milestones?.firstResultAt ?? 0);
    expect(milestones?.firstResultAt).toBeLessThanOrEqual(milestones?.settledAt ?? 0);
    expect(milestones?.requestsWhenSettled).toBe(0); // the recording Halo is not the network
    const marks = performance.getEntriesByName('halo:resolve:settled', 'mark') as PerformanceMark[];
    expect(
      marks.some((m) => (m.detail as { scope: string }).scope === milestones?.scope),
    ).toBeTrue();
  });
});
