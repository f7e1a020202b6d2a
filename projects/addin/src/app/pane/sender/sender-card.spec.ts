import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { ResolutionStore } from '@halo-outlook/sdk';
import { aMailSnapshot } from '@halo-outlook/sdk/testing';
import {
  type EmailTestBed,
  useEmailTestBed,
  waitFor,
} from '../../resolution/testing/email-test-bed.spec';
import { SenderCard } from './sender-card';

describe('SenderCard', () => {
  let bed: EmailTestBed;

  const testBed = useEmailTestBed();

  beforeEach(() => (bed = testBed()));

  async function render(from: string) {
    const fixture = TestBed.createComponent(SenderCard);
    const resolution = TestBed.inject(ResolutionStore);
    bed.mailbox.select(aMailSnapshot({ from }));
    await waitFor(() => resolution.ready(), 'the sender to resolve');
    await fixture.whenStable();
    const loader = TestbedHarnessEnvironment.loader(fixture);
    const element = fixture.nativeElement as HTMLElement;
    return { fixture, loader, element };
  }

  it("shows a known contact's name, address, client, site and phone", async () => {
    const { fixture, element } = await render('Alice Carter <alice.carter@contoso-dental.example>');
    await waitFor(async () => {
      await fixture.whenStable();
      return element.querySelector('a[href^="tel:"]') !== null;
    }, 'the phone');

    expect(element.querySelector('h3')?.textContent?.trim()).toBe('Alice Carter');
    expect(element.querySelector('.address')?.textContent).toBe(
      'alice.carter@contoso-dental.example',
    );
    const facts = [...element.querySelectorAll('.fact dd')].map((dd) => dd.textContent?.trim());
    expect(facts).toEqual(['Contoso Dental', 'Main Surgery', '+44 20 7946 0101']);
    // The phone comes from the contact lookup the matcher already made.
    expect(
      bed.halo
        .callsTo('usersByEmail')
        .every((c) => c.args[0] === 'alice.carter@contoso-dental.example'),
    ).toBeTrue();
  });

  it('says why it matched, on demand', async () => {
    const { fixture, loader, element } = await render('alice.carter@contoso-dental.example');
    const why = await loader.getHarness(MatButtonHarness.with({ text: /Why it matched/ }));
    expect(element.querySelector('halo-match-reasons')).toBeNull();
    expect(await (await why.host()).getAttribute('aria-expanded')).toBe('false');

    await why.click();
    await fixture.whenStable();

    expect(await (await why.host()).getAttribute('aria-expanded')).toBe('true');
    const reasons = element.querySelector('halo-match-reasons')?.textContent ?? '';
    expect(reasons).toContain(
      "alice.carter@contoso-dental.example is Alice Carter's address in Halo.",
    );
    expect(reasons).toContain('Alice Carter is a contact of Contoso Dental.');
  });

  it('says a sender Halo does not know is not in Halo, and offers to create the contact', async () => {
    const { fixture, loader, element } = await render(
      'Jordan Blake <jordan.blake@unknown-sender.example>',
    );
    expect(element.querySelector('.not-in-halo')?.textContent).toContain('Not in Halo');
    expect(element.querySelector('h3')?.textContent?.trim()).toBe('Jordan Blake');

    await (await loader.getHarness(MatButtonHarness.with({ text: /Create contact/ }))).click();
    await waitFor(async () => {
      await fixture.whenStable();
      return element.querySelector('halo-create-contact-form form') !== null;
    }, 'the form');

    const name = await loader.getHarness(MatInputHarness.with({ value: 'Jordan Blake' }));
    expect(await name.isFocused()).toBeTrue();
  });

  it('opens the client picker on demand, with its field focused', async () => {
    const { fixture, loader, element } = await render('alice.carter@contoso-dental.example');
    expect(element.querySelector('halo-override-picker')).toBeNull();

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Change client' }))).click();
    await waitFor(async () => {
      await fixture.whenStable();
      return element.querySelector('halo-override-picker input') !== null;
    }, 'the picker');

    const field = await loader.getHarness(
      MatInputHarness.with({ selector: 'halo-override-picker input' }),
    );
    expect(await field.isFocused()).toBeTrue();
  });
});
