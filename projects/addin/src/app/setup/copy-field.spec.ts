import { Clipboard } from '@angular/cdk/clipboard';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { CopyField } from './copy-field';

describe('CopyField', () => {
  async function render(copyWorks: boolean) {
    const clipboard = { copy: jasmine.createSpy('copy').and.returnValue(copyWorks) };
    TestBed.configureTestingModule({ providers: [{ provide: Clipboard, useValue: clipboard }] });
    const fixture = TestBed.createComponent(CopyField);
    fixture.componentRef.setInput('label', 'Redirect URI');
    fixture.componentRef.setInput('value', 'https://addin.example.com/auth/callback.html');
    await fixture.whenStable();
    const button = await TestbedHarnessEnvironment.loader(fixture).getHarness(MatButtonHarness);
    return { fixture, clipboard, button, element: fixture.nativeElement as HTMLElement };
  }

  it('copies the value and says so', async () => {
    const { fixture, clipboard, button, element } = await render(true);
    expect(await (await button.host()).getAttribute('aria-label')).toBe('Copy Redirect URI');

    await button.click();
    await fixture.whenStable();

    expect(clipboard.copy).toHaveBeenCalledWith('https://addin.example.com/auth/callback.html');
    expect(element.querySelector('[aria-live]')?.textContent?.trim()).toBe('Copied');
  });

  it('says how to copy by hand when the host refuses the clipboard', async () => {
    const { fixture, button, element } = await render(false);
    await button.click();
    await fixture.whenStable();
    expect(element.querySelector('[aria-live]')?.textContent).toContain('select the text');
  });
});
