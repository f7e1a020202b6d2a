import { TestBed } from '@angular/core/testing';
import { DEVICE_DB_NAME, DeviceStore } from '@halo-outlook/core';
import type { Candidate } from '@halo-outlook/sdk';
import { deleteDB } from 'idb';
import {
  DeviceSeenSenders,
  SEEN_SENDER_KEY_PREFIX,
  SEEN_SENDER_MAX_AGE_MS,
  SEEN_SENDERS_CAPACITY,
} from './device-seen-senders';

const alice: Candidate = {
  kind: 'contact',
  id: 1,
  label: 'Alice Carter',
  confidence: 0.95,
  reason: "alice.carter@contoso-dental.example is Alice Carter's address in Halo.",
  data: { clientId: 1, siteId: 1 },
};
const contoso: Candidate = {
  kind: 'client',
  id: 1,
  label: 'Contoso Dental',
  confidence: 0.9,
  reason: 'Alice Carter is a contact of Contoso Dental.',
};

describe('DeviceSeenSenders', () => {
  let dbName: string;
  let device: DeviceStore;

  beforeEach(() => {
    dbName = `seen-senders-spec-${Math.random()}`;
    TestBed.configureTestingModule({
      providers: [{ provide: DEVICE_DB_NAME, useValue: dbName }, DeviceSeenSenders],
    });
    device = TestBed.inject(DeviceStore);
  });

  afterEach(async () => {
    await device.close();
    await deleteDB(dbName);
  });

  it('shows a sender seen before, even to a pane opened later (another instance)', async () => {
    await TestBed.inject(DeviceSeenSenders).store('alice.carter@contoso-dental.example', [
      alice,
      contoso,
    ]);

    const reopened = TestBed.runInInjectionContext(() => new DeviceSeenSenders());
    expect(await reopened.recall('alice.carter@contoso-dental.example')).toEqual([alice, contoso]);
    expect(await reopened.recall('bob.singh@contoso-dental.example')).toBeNull();
  });

  it('keeps what a plugin put in data only as far as JSON can hold it', async () => {
    const odd = { ...alice, data: { clientId: 1, format: () => 'x' } } as Candidate;
    const seen = TestBed.inject(DeviceSeenSenders);
    await seen.store('alice.carter@contoso-dental.example', [odd]);
    expect(await seen.recall('alice.carter@contoso-dental.example')).toEqual([
      { ...alice, data: { clientId: 1 } },
    ]);
  });

  it('treats a picture older than 30 days, or one it cannot read, as never seen', async () => {
    const seen = TestBed.inject(DeviceSeenSenders);
    await device.put('cache', `${SEEN_SENDER_KEY_PREFIX}old@contoso-dental.example`, {
      candidates: [alice],
      seenAt: Date.now() - SEEN_SENDER_MAX_AGE_MS - 1000,
    });
    await device.put('cache', `${SEEN_SENDER_KEY_PREFIX}odd@contoso-dental.example`, 'garbage');
    await device.put('cache', `${SEEN_SENDER_KEY_PREFIX}mixed@contoso-dental.example`, {
      candidates: [alice, { kind: 'planet', id: 3 }],
      seenAt: Date.now(),
    });

    expect(await seen.recall('old@contoso-dental.example')).toBeNull();
    expect(await seen.recall('odd@contoso-dental.example')).toBeNull();
    expect(await seen.recall('mixed@contoso-dental.example')).toEqual([alice]);
  });

  it(`keeps at most ${SEEN_SENDERS_CAPACITY} senders, forgetting the least recently seen`, async () => {
    const seen = TestBed.inject(DeviceSeenSenders);
    const now = Date.now();
    await Promise.all(
      Array.from({ length: SEEN_SENDERS_CAPACITY }, (_, i) =>
        device.put('cache', `${SEEN_SENDER_KEY_PREFIX}s${i}@example.org`, {
          candidates: [alice],
          seenAt: now - (SEEN_SENDERS_CAPACITY - i) * 1000,
        }),
      ),
    );
    await device.put('cache', 'users:email:someone', ['not a picture']);

    await seen.store('newest@example.org', [contoso]);

    expect(await seen.recall('s0@example.org')).toBeNull();
    expect(await seen.recall('s1@example.org')).toEqual([alice]);
    expect(await seen.recall('newest@example.org')).toEqual([contoso]);
    const kept = (await device.keys('cache')).filter((k) => k.startsWith(SEEN_SENDER_KEY_PREFIX));
    expect(kept.length).toBe(SEEN_SENDERS_CAPACITY);
    expect(await device.get('cache', 'users:email:someone')).toEqual(['not a picture']);
  });

  it('is emptied with the cache area when the agent signs out', async () => {
    const seen = TestBed.inject(DeviceSeenSenders);
    await seen.store('alice.carter@contoso-dental.example', [alice]);
    await device.clear('cache');
    expect(await seen.recall('alice.carter@contoso-dental.example')).toBeNull();
  });
});
