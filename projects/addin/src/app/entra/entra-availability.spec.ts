import { TestBed } from '@angular/core/testing';
import { EntraAvailability } from './entra-availability';
import { FakeEntraSession, fakeServices } from './testing/fake-entra.spec';

describe('EntraAvailability', () => {
  it('offers the original message from Graph once signed in, unless Mail.Read is refused', () => {
    const availability = TestBed.inject(EntraAvailability);
    expect(availability.mailRead()).toBeFalse();

    const session = new FakeEntraSession();
    availability.services.set(fakeServices(session).services);
    expect(availability.mailRead()).toBeFalse();

    session.signedIn();
    expect(availability.mailRead()).toBeTrue();

    session.consentSignal.set({ 'Mail.Read': 'not-granted' });
    expect(availability.mailRead()).toBeFalse();
  });
});
