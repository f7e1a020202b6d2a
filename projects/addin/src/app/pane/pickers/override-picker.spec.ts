import { TestKey } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatAutocompleteHarness } from '@angular/material/autocomplete/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { RememberedChoices, ResolutionStore } from '@halo-outlook/sdk';
import { aMailSnapshot } from '@halo-outlook/sdk/testing';
import {
  type EmailTestBed,
  useEmailTestBed,
  waitFor,
} from '../../resolution/testing/email-test-bed.spec';
import { OverridePicker } from './override-picker';

describe('OverridePicker', () => {
  let bed: EmailTestBed;
  let resolution: InstanceType<typeof ResolutionStore>;

  const testBed = useEmailTestBed();

  beforeEach(() => {
    bed = testBed();
    resolution = TestBed.inject(ResolutionStore);
  });

  async function render(kind: 'client' | 'contact', from = 'alice.carter@contoso-dental.example') {
    bed.mailbox.select(aMailSnapshot({ from }));
    await waitFor(() => resolution.ready());
    const fixture = TestBed.createComponent(OverridePicker);
    fixture.componentRef.setInput('kind', kind);
    fixture.componentRef.setInput(
      'label',
      kind === 'client' ? 'Change the client' : 'Change the contact',
    );
    let closed = 0;
    fixture.componentInstance.closed.subscribe(() => closed++);
    await fixture.whenStable();
    const loader = TestbedHarnessEnvironment.loader(fixture);
    const autocomplete = await loader.getHarness(MatAutocompleteHarness);
    return { fixture, loader, autocomplete, closed: () => closed };
  }

  async function optionsAfterSearch(autocomplete: MatAutocompleteHarness, text: string) {
    await autocomplete.clear();
    await autocomplete.enterText(text);
    let texts: string[] = [];
    await waitFor(async () => {
      texts = await optionTexts(autocomplete);
      return texts.length > 0 && !texts.includes('Searching Halo…');
    }, `the options for ${text}`);
    return texts;
  }

  /** The options on show (none while the panel is closed). */
  async function optionTexts(autocomplete: MatAutocompleteHarness): Promise<string[]> {
    if (!(await autocomplete.isOpen())) return [];
    return Promise.all((await autocomplete.getOptions()).map((o) => o.getText()));
  }

  it('opens with its field focused', async () => {
    const { autocomplete } = await render('client');
    expect(await autocomplete.isFocused()).toBeTrue();
  });

  it('asks nothing below two characters, then searches Halo once typing pauses', async () => {
    const { fixture, autocomplete } = await render('client');
    const before = bed.halo.callsTo('searchClients').length;
    await autocomplete.enterText('n');
    await new Promise((resolve) => setTimeout(resolve, 400));
    await fixture.whenStable();
    expect(bed.halo.callsTo('searchClients').length).toBe(before);

    expect(await optionsAfterSearch(autocomplete, 'north')).toEqual([
      'Northwind Legal',
      'Northwind Logistics',
    ]);
    expect(bed.halo.callsTo('searchClients').map((c) => c.args[0])).toEqual(['north']);
    expect(bed.halo.callsTo('searchClients')[0].scope).toBe(resolution.scope());
  });

  it('says when nothing matches', async () => {
    const { autocomplete } = await render('client');
    expect(await optionsAfterSearch(autocomplete, 'zzz')).toEqual([
      'Nothing in Halo matches “zzz”',
    ]);
  });

  it('applies the picked client to this email, and remembers it for the sender on request', async () => {
    const { loader, autocomplete, closed } = await render('client');
    await (await loader.getHarness(MatCheckboxHarness)).check();
    await optionsAfterSearch(autocomplete, 'logistics');
    await autocomplete.selectOption({ text: 'Northwind Logistics' });

    await waitFor(() => closed() === 1, 'the choice to be applied');

    expect(resolution.picture().client?.label).toBe('Northwind Logistics');
    expect(resolution.picture().client?.sources).toContain('agent');
    const remembered = await TestBed.inject(RememberedChoices).recall(
      'alice.carter@contoso-dental.example',
    );
    expect(remembered.map((c) => [c.kind, c.id])).toEqual([['client', 3]]);
  });

  it("finds contacts by name among the client's contacts, and brings their client and site", async () => {
    const { autocomplete } = await render('contact');
    expect(await optionsAfterSearch(autocomplete, 'bob')).toEqual([
      'Bob Singh, bob.singh@contoso-dental.example · Contoso Dental',
    ]);
    await autocomplete.selectOption({ text: /Bob Singh/ });

    await waitFor(() => resolution.picture().contact?.label === 'Bob Singh', 'the contact');
    expect(resolution.picture().site?.label).toBe('Harbour Street Clinic');
    expect(bed.halo.callsTo('usersByClient').map((c) => c.args[0])).toEqual([1]);
  });

  it('finds a contact anywhere in Halo by their full address', async () => {
    const { autocomplete } = await render('contact');
    expect(await optionsAfterSearch(autocomplete, 'nora.fields@northwind.example')).toEqual([
      'Nora Fields, nora.fields@northwind.example · Northwind Legal',
    ]);
  });

  it('closes on Escape once the suggestions are closed, changing nothing', async () => {
    const { fixture, autocomplete, closed } = await render('client');
    await optionsAfterSearch(autocomplete, 'north');
    const field = await autocomplete.host();

    await field.sendKeys(TestKey.ESCAPE);
    await fixture.whenStable();
    expect(await autocomplete.isOpen()).toBeFalse();
    expect(closed()).toBe(0);

    await field.sendKeys(TestKey.ESCAPE);
    await fixture.whenStable();
    expect(closed()).toBe(1);
    expect(resolution.picture().client?.label).toBe('Contoso Dental');
  });

  it('closes on Cancel', async () => {
    const { loader, closed } = await render('client');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Cancel' }))).click();
    expect(closed()).toBe(1);
  });
});
