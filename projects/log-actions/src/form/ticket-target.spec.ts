import { EnvironmentInjector, runInInjectionContext } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl } from '@angular/forms';
import { EMPTY_PICTURE } from '@halo-outlook/sdk';
import { RecordingHaloFacade } from '@halo-outlook/sdk/testing';
import { CURRENT_OUTLOOK, FakeFormHost } from '../testing/fake-form-host.spec';
import { reply, ticketCandidate } from '../testing/log-fixtures.spec';
import { appendToTicketAction } from '../append/append-to-ticket-action';
import type { RecordChoice } from './record-choice';
import { ticketTarget } from './ticket-target';

describe('ticketTarget', () => {
  function setUp(choice: RecordChoice | string | null = null) {
    const host = new FakeFormHost(
      appendToTicketAction(),
      reply,
      new RecordingHaloFacade(),
      CURRENT_OUTLOOK,
    );
    const control = new FormControl<RecordChoice | string | null>(choice);
    const target = runInInjectionContext(TestBed.inject(EnvironmentInjector), () =>
      ticketTarget(host, control),
    );
    return { host, control, target };
  }

  it('offers the thread’s tickets, then the open ones, and preselects the thread’s when it arrives', () => {
    const { host, control, target } = setUp();
    TestBed.tick();
    expect(control.value).toBeNull();

    host.pictureState.set({
      ...EMPTY_PICTURE,
      threadTickets: [ticketCandidate(1042, 'Printer offline')],
      openTickets: [ticketCandidate(1099, 'VPN down')],
    });
    TestBed.tick();
    expect(target.groups().map((g) => [g.label, g.items.map((i) => i.id)])).toEqual([
      ['This email’s thread', [1042]],
      ['Open tickets', [1099]],
    ]);
    expect((control.value as RecordChoice).id).toBe(1042);
  });

  it('keeps the agent’s own choice', () => {
    const { host, control } = setUp('10');
    host.pictureState.set({ ...EMPTY_PICTURE, threadTickets: [ticketCandidate(1042, 'x')] });
    TestBed.tick();
    expect(control.value).toBe('10');
  });
});
