import { TestBed } from '@angular/core/testing';
import { AppError } from '@halo-outlook/core';
import { ResolutionStore } from '@halo-outlook/sdk';
import { aMailSnapshot } from '@halo-outlook/sdk/testing';
import { type EmailTestBed, useEmailTestBed, waitFor } from './testing/email-test-bed.spec';

describe('CurrentEmailFollower (started by provideEmailResolution)', () => {
  let bed: EmailTestBed;
  let store: InstanceType<typeof ResolutionStore>;

  const alice = aMailSnapshot({ from: 'Alice Carter <alice.carter@contoso-dental.example>' });
  const nora = aMailSnapshot({ from: 'Nora Fields <nora.fields@northwind.example>' });

  const testBed = useEmailTestBed();

  beforeEach(() => {
    bed = testBed();
    store = TestBed.inject(ResolutionStore);
  });

  it('resolves each email Outlook selects while the agent is signed in', async () => {
    bed.mailbox.select(alice);
    await waitFor(() => store.ready(), "Alice's email to resolve");
    expect(store.picture().contact?.label).toBe('Alice Carter');
    expect(store.scope()).toBe(`email:${alice.itemId}`);

    bed.mailbox.select(nora);
    await waitFor(() => store.ready() && store.snapshot() === nora, "Nora's email to resolve");
    expect(store.picture().contact?.label).toBe('Nora Fields');
  });

  it('clears the pane when Outlook has no email selected', async () => {
    bed.mailbox.select(alice);
    await waitFor(() => store.ready());
    bed.mailbox.select(null);
    await waitFor(() => store.status() === 'idle');
    expect(store.picture().contact).toBeNull();
  });

  it('asks Halo nothing before the agent signs in, and resolves the open email once they do', async () => {
    bed.session.set({ status: 'signed-out', reason: null });
    bed.mailbox.select(alice);
    await new Promise((resolve) => setTimeout(resolve, 20));
    TestBed.tick();
    expect(bed.halo.calls).toEqual([]);
    expect(store.status()).toBe('idle');

    bed.session.set({ status: 'signed-in', expiresAt: Date.now() + 60_000, scope: 'all' });
    await waitFor(() => store.ready(), 'the email to resolve after sign-in');
    expect(store.picture().contact?.label).toBe('Alice Carter');
  });

  it('clears the picture when the agent signs out', async () => {
    bed.mailbox.select(alice);
    await waitFor(() => store.ready());
    bed.session.set({ status: 'signed-out', reason: null });
    await waitFor(() => store.status() === 'idle', 'the picture to clear');
    expect(store.picture().client).toBeNull();
  });

  it('keeps the picture when Halo ends the session, and looks the email up again after sign-in', async () => {
    bed.mailbox.select(alice);
    await waitFor(() => store.ready());
    const reason = new AppError({ kind: 'unauthorized', message: 'Expired.', action: 'Sign in.' });
    bed.session.set({ status: 'signed-out', reason });
    await new Promise((resolve) => setTimeout(resolve, 20));
    TestBed.tick();
    expect(store.picture().contact?.label).toBe('Alice Carter');
    const before = bed.halo.callsTo('usersByEmail').length;

    bed.session.set({ status: 'signed-in', expiresAt: Date.now() + 60_000, scope: 'all' });
    await waitFor(() => bed.halo.callsTo('usersByEmail').length > before, 'a new lookup');
    await waitFor(() => store.ready());
    expect(store.picture().contact?.label).toBe('Alice Carter');
  });

  it('does not resolve again when only the token is refreshed', async () => {
    bed.mailbox.select(alice);
    await waitFor(() => store.ready());
    const calls = bed.halo.calls.length;
    bed.session.set({ status: 'signed-in', expiresAt: Date.now() + 7_200_000, scope: 'all' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    TestBed.tick();
    expect(bed.halo.calls.length).toBe(calls);
  });
});
