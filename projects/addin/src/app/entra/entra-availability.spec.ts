import { TestBed } from '@angular/core/testing';
import { EntraAvailability } from './entra-availability';
import { FakeEntraSession, fakeServices } from './testing/fake-entra.spec';

describe('EntraAvailability', () => {
  it('offers the original message from Graph once signed in, unless Mail.Read is refused', () => {
    const availability = TestBed.inject(EntraAvailability);
    expect(availability.originalMessage()).toBeFalse();

    const session = new FakeEntraSession();
    availability.services.set(fakeServices(session).services);
    expect(availability.originalMessage()).toBeFalse();

    session.signedIn();
    expect(availability.originalMessage()).toBeTrue();

    session.consentSignal.set({ 'Mail.Read': 'not-granted' });
    expect(availability.originalMessage()).toBeFalse();
  });
});
