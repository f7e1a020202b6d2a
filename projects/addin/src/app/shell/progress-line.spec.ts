import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ProgressLine } from './progress-line';

@Component({
  selector: 'halo-test-host',
  imports: [ProgressLine],
  template: `<halo-progress-line role="progressbar" aria-label="Loading the form" />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class TestHost {}

describe('ProgressLine', () => {
  it('is a progress bar named by its host, drawn without a Material component', async () => {
    const fixture = TestBed.createComponent(TestHost);
    await fixture.whenStable();
    const line = (fixture.nativeElement as HTMLElement).querySelector('halo-progress-line');

    expect(line?.getAttribute('role')).toBe('progressbar');
    expect(line?.getAttribute('aria-label')).toBe('Loading the form');
    expect(line?.querySelector('.bar')).not.toBeNull();
    expect(getComputedStyle(line as Element).height).toBe('4px');
  });
});
