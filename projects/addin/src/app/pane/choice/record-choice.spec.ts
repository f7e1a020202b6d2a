import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { AppError } from '@halo-outlook/core';
import { RememberedChoices, ResolutionStore } from '@halo-outlook/sdk';
import { aMailSnapshot } from '@halo-outlook/sdk/testing';
import { NoticeStore } from '../../notices/notice-store';
import {
  type EmailTestBed,
  useEmailTestBed,
  waitFor,
} from '../../resolution/testing/email-test-bed.spec';
import { RecordChoice } from './record-choice';

describe('RecordChoice', () => {
  let bed: EmailTestBed;
  let resolution: InstanceType<typeof ResolutionStore>;

  const testBed = useEmailTestBed();

  beforeEach(() => {
    bed = testBed();
    resolution = TestBed.inject(ResolutionStore);
  });

  async function render() {
    bed.mailbox.select(aMailSnapshot({ from: 'Front Desk <frontdesk@northwind.example>' }));
    await waitFor(() => resolution.ready());
    const fixture = TestBed.createComponent(RecordChoice);
    fixture.componentRef.setInput('kind', 'client');
    fixture.componentRef.setInput('candidates', resolution.picture().clientChoice);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    /** The "Remember for <sender>" checkbox (a native one, labelled by its text). */
    const remember = () => element.querySelector<HTMLInputElement>('label input[type=checkbox]');
    /** Ticks it as the agent would (a click, or Space on it). */
    const tickRemember = async () => {
      remember()?.click();
      await fixture.whenStable();
    };
    return { fixture, loader: TestbedHarnessEnvironment.loader(fixture), remember, tickRemember };
  }

  it('asks which client, one button each, saying how many match the domain', async () => {
    const { fixture, loader, remember } = await render();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('h3')?.textContent).toContain('Which client is this?');
    expect(element.querySelector('.why')?.textContent).toContain(
      '2 clients in Halo match northwind.example.',
    );
    const buttons = await loader.getAllHarnesses(MatButtonHarness);
    expect((await Promise.all(buttons.map((b) => b.getText()))).sort()).toEqual([
      'Northwind Legal',
      'Northwind Logistics',
    ]);
    const box = remember();
    expect(box?.closest('label')?.textContent?.trim()).toBe(
      'Remember for frontdesk@northwind.example',
    );
    expect(box?.checked).toBeFalse();
  });

  it('applies the choice to this email only, unless asked to remember it', async () => {
    const { loader } = await render();
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Northwind Legal' }))).click();
    await waitFor(() => resolution.picture().client?.label === 'Northwind Legal');
    expect(await TestBed.inject(RememberedChoices).recall('frontdesk@northwind.example')).toEqual(
      [],
    );
  });

  it('remembers the choice for the sender when asked', async () => {
    const { loader, remember, tickRemember } = await render();
    await tickRemember();
    expect(remember()?.checked).toBeTrue();
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Northwind Logistics' }))).click();
    await waitFor(() => resolution.picture().client?.label === 'Northwind Logistics');
    const choices = TestBed.inject(RememberedChoices);
    let remembered: readonly { label: string }[] = [];
    await waitFor(async () => {
      remembered = await choices.recall('frontdesk@northwind.example');
      return remembered.length > 0;
    }, 'the choice to be remembered');
    expect(remembered.map((c) => c.label)).toEqual(['Northwind Logistics']);
  });

  it('says so in the banner when the choice cannot be remembered, keeping it for this email', async () => {
    const choices = TestBed.inject(RememberedChoices);
    spyOn(choices, 'remember').and.rejectWith(
      new AppError({ kind: 'unknown', message: 'Refused.', action: 'Allow site data.' }),
    );
    const { loader, tickRemember } = await render();
    await tickRemember();
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Northwind Legal' }))).click();
    await waitFor(() => TestBed.inject(NoticeStore).notice() !== null, 'the banner');

    expect(TestBed.inject(NoticeStore).notice()?.error.message).toBe(
      'Northwind Legal is used for this e-mail, but could not be remembered for frontdesk@northwind.example.',
    );
    expect(resolution.picture().client?.label).toBe('Northwind Legal');
  });
});
