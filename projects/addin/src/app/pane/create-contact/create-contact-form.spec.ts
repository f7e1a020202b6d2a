import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatAutocompleteHarness } from '@angular/material/autocomplete/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { AppError } from '@halo-outlook/core';
import { ResolutionStore } from '@halo-outlook/sdk';
import { aMailSnapshot } from '@halo-outlook/sdk/testing';
import { NoticeStore } from '../../notices/notice-store';
import {
  type EmailTestBed,
  useEmailTestBed,
  waitFor,
} from '../../resolution/testing/email-test-bed.spec';
import { CreateContactForm } from './create-contact-form';

describe('CreateContactForm', () => {
  let bed: EmailTestBed;
  let resolution: InstanceType<typeof ResolutionStore>;

  const testBed = useEmailTestBed();

  beforeEach(() => {
    bed = testBed();
    resolution = TestBed.inject(ResolutionStore);
  });

  async function render(from: string) {
    bed.mailbox.select(aMailSnapshot({ from }));
    await waitFor(() => resolution.ready());
    const fixture = TestBed.createComponent(CreateContactForm);
    await fixture.whenStable();
    const loader = TestbedHarnessEnvironment.loader(fixture);
    const field = (label: string) =>
      loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
    const input = (name: string) =>
      loader.getHarness(MatInputHarness.with({ selector: `[formControlName=${name}]` }));
    const site = () => loader.getHarness(MatSelectHarness);
    return { fixture, loader, field, input, site };
  }

  async function optionCount(autocomplete: MatAutocompleteHarness): Promise<number> {
    return (await autocomplete.isOpen()) ? (await autocomplete.getOptions()).length : 0;
  }

  it("starts from the email: the sender's name and address", async () => {
    const { input } = await render('Jordan Blake <jordan.blake@unknown-sender.example>');
    expect(await (await input('name')).getValue()).toBe('Jordan Blake');
    expect(await (await input('email')).getValue()).toBe('jordan.blake@unknown-sender.example');
  });

  it('makes a name from the address when the email gives none', async () => {
    const { input } = await render('jordan.blake@unknown-sender.example');
    expect(await (await input('name')).getValue()).toBe('Jordan Blake');
  });

  it('suggests the clients of the sender’s domain, then the site, picked for a client with one', async () => {
    const { fixture, loader, site } = await render('frontdesk@northwind.example');
    const client = await loader.getHarness(MatAutocompleteHarness);
    await client.focus();
    await waitFor(async () => (await optionCount(client)) === 2, 'the suggestions');
    const names = await Promise.all((await client.getOptions()).map((o) => o.getText()));
    expect(names.sort()).toEqual(['Northwind Legal', 'Northwind Logistics']);

    await client.selectOption({ text: 'Northwind Legal' });
    const select = await site();
    await waitFor(async () => {
      await fixture.whenStable();
      return (await select.getValueText()) === 'Head Office';
    }, 'the only site to be picked');
  });

  it('says what is wrong next to each field, and creates nothing', async () => {
    const { loader, input, field } = await render('jordan.blake@unknown-sender.example');
    await (await input('name')).setValue('');
    await (await input('email')).setValue('jordan at example');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Create contact' }))).click();

    expect(await (await field('Name')).getTextErrors()).toEqual(["Enter the contact's name."]);
    expect(await (await field('Email')).getTextErrors()).toEqual([
      'This is not an email address (like name@company.com).',
    ]);
    expect(await (await field('Client')).getTextErrors()).toEqual([
      'Choose the client from the list.',
    ]);
    expect(bed.halo.callsTo('createUser')).toEqual([]);
  });

  it('creates the contact at the chosen client and site, and the email is resolved again', async () => {
    const { fixture, loader, input, site } = await render(
      'Jordan Blake <jordan.blake@unknown-sender.example>',
    );
    const client = await loader.getHarness(MatAutocompleteHarness);
    await client.enterText('contoso');
    await waitFor(async () => (await optionCount(client)) > 0, 'the search');
    await client.selectOption({ text: 'Contoso Dental' });
    const select = await site();
    await waitFor(async () => {
      await fixture.whenStable();
      return !(await select.isDisabled());
    });
    await select.open();
    await waitFor(async () => (await select.getOptions()).length === 2, 'the sites');
    await select.clickOptions({ text: 'Harbour Street Clinic' });
    await (await input('phone')).setValue('+44 20 7946 0999');

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Create contact' }))).click();
    await waitFor(() => resolution.picture().contact?.label === 'Jordan Blake', 'the new contact');

    expect(bed.halo.callsTo('createUser').map((c) => c.args[0])).toEqual([
      {
        name: 'Jordan Blake',
        email: 'jordan.blake@unknown-sender.example',
        clientId: 1,
        siteId: 2,
        phone: '+44 20 7946 0999',
      },
    ]);
    expect(resolution.picture().client?.id).toBe(1);
  });

  it('keeps everything typed and says why in the banner when Halo refuses', async () => {
    const { fixture, loader, input, site } = await render(
      'Jordan Blake <jordan.blake@unknown-sender.example>',
    );
    const client = await loader.getHarness(MatAutocompleteHarness);
    await client.enterText('legal');
    await waitFor(async () => (await optionCount(client)) > 0, 'the search');
    await client.selectOption({ text: 'Northwind Legal' });
    const select = await site();
    await waitFor(async () => {
      await fixture.whenStable();
      return (await select.getValueText()) === 'Head Office';
    }, 'the site');
    bed.halo.failWith(
      new AppError({
        kind: 'invalid-input',
        message: 'Halo refused the contact: the site belongs to another client.',
        action: 'Choose one of the client’s sites, then create the contact again.',
        retryable: false,
      }),
    );

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Create contact' }))).click();
    await waitFor(() => TestBed.inject(NoticeStore).notice() !== null, 'the banner');

    expect(TestBed.inject(NoticeStore).notice()?.error.message).toBe(
      'Jordan Blake was not added to Halo. Halo refused the contact: the site belongs to another client.',
    );
    expect(await (await input('name')).getValue()).toBe('Jordan Blake');
    expect(await client.getValue()).toBe('Northwind Legal');
  });
});
