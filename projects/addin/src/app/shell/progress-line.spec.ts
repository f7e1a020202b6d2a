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
  it('draws a moving bar on a 4 px track, with CSS only', async () => {
    const fixture = TestBed.createComponent(TestHost);
    await fixture.whenStable();
    const line = (fixture.nativeElement as HTMLElement).querySelector('halo-progress-line');

    const bar = line?.querySelector('.bar');
    expect(bar).not.toBeNull();
    expect(getComputedStyle(line as Element).height).toBe('4px');
    expect(line?.children.length).toBe(1); // no Material component inside
    const animation = getComputedStyle(bar as Element).animationName;
    const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
    expect(animation).toEqual(reduced ? 'none' : jasmine.stringMatching(/slide/));
  });
});
