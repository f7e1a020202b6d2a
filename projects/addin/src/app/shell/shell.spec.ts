import { TestBed } from '@angular/core/testing';
import { Shell } from './shell';

describe('Shell', () => {
  it('shows the product name and the first-run welcome', async () => {
    const fixture = TestBed.createComponent(Shell);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('h1')?.textContent).toBe('Halo for Outlook');
    expect(element.querySelector('halo-welcome h2')?.textContent).toContain('Connect to Halo');
  });
});
