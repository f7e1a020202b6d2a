import { EnvironmentInjector, runInInjectionContext, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl } from '@angular/forms';
import type { HaloOutcome } from '@halo-outlook/sdk';
import { aHaloOutcome } from '@halo-outlook/sdk/testing';
import { defaultOutcome, followDefaultOutcome } from './default-outcome';

const outcome = (id: number, name: string, hidden = false): HaloOutcome =>
  aHaloOutcome({ id, name, hidden });

describe('defaultOutcome', () => {
  const list = [
    outcome(1, 'Phone call'),
    outcome(2, 'Inbound E-mail'),
    outcome(3, 'Logged from Outlook'),
    outcome(4, 'Old', true),
  ];

  it('prefers the agent’s default, then one for Outlook, then one for received e-mail', () => {
    expect(defaultOutcome(list, 1)?.id).toBe(1);
    expect(defaultOutcome(list, null)?.id).toBe(3);
    expect(
      defaultOutcome(
        list.filter((o) => o.id !== 3),
        null,
      )?.id,
    ).toBe(2);
  });

  it('never picks a hidden outcome, and gives null when Halo has none', () => {
    expect(defaultOutcome(list, 4)?.id).toBe(3);
    expect(defaultOutcome([], 1)).toBeNull();
  });
});

describe('followDefaultOutcome', () => {
  it('sets the control once Halo’s outcomes are in, and keeps a visible choice', () => {
    const outcomes = signal<readonly HaloOutcome[]>([]);
    const control = new FormControl<number | null>(null);
    runInInjectionContext(TestBed.inject(EnvironmentInjector), () =>
      followDefaultOutcome(outcomes, control, () => null),
    );
    outcomes.set([outcome(1, 'Phone call'), outcome(3, 'Logged from Outlook')]);
    TestBed.tick();
    expect(control.value).toBe(3);

    control.setValue(1);
    outcomes.set([outcome(1, 'Phone call'), outcome(3, 'Logged from Outlook'), outcome(5, 'x')]);
    TestBed.tick();
    expect(control.value).toBe(1);
  });
});
