import {
  ChangeDetectionStrategy,
  Component,
  Injectable,
  type Type,
  inject,
  signal,
} from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { PaneRuntime } from './pane-runtime';
import { PANE_RUNTIME_LOADER, type PaneRuntimeProviders } from './pane-runtime-loader';
import { RuntimeView } from './runtime-view';

/** A service only the runtime provides, counting its instances. */
@Injectable()
class RuntimeCounter {
  static made = 0;
  readonly id = ++RuntimeCounter.made;
}

@Component({
  selector: 'halo-probe-view',
  template: `<p class="probe">{{ counter.id }}</p>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class ProbeView {
  protected readonly counter = inject(RuntimeCounter);
}

@Component({
  selector: 'halo-test-host',
  imports: [RuntimeView],
  template: `
    @if (shown()) {
      <halo-runtime-view [component]="view" />
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class TestHost {
  readonly shown = signal(true);
  view: () => Promise<Type<unknown>> = async () => ProbeView;
}

describe('RuntimeView', () => {
  let runtime: Promise<PaneRuntimeProviders>;
  let release: () => void;

  beforeEach(() => {
    RuntimeCounter.made = 0;
    runtime = new Promise((resolve) => (release = () => resolve([RuntimeCounter])));
    TestBed.configureTestingModule({
      providers: [{ provide: PANE_RUNTIME_LOADER, useValue: () => runtime }],
    });
  });

  it('shows the starting line until the runtime and the view have loaded, then the view', async () => {
    const fixture = TestBed.createComponent(TestHost);
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('halo-starting-view')).not.toBeNull();
    expect(element.querySelector('.probe')).toBeNull();

    release();
    await fixture.whenStable();

    expect(element.querySelector('halo-starting-view')).toBeNull();
    expect(element.querySelector('halo-runtime-view .probe')?.textContent).toBe('1');
  });

  it('creates every view in the one runtime, so a view shown again finds its stores', async () => {
    release();
    const fixture = TestBed.createComponent(TestHost);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('.probe')?.textContent).toBe('1');

    fixture.componentInstance.shown.set(false);
    await fixture.whenStable();
    expect(element.querySelector('.probe')).toBeNull();
    fixture.componentInstance.shown.set(true);
    await fixture.whenStable();

    expect(element.querySelector('.probe')?.textContent).toBe('1');
    expect(RuntimeCounter.made).toBe(1);
    expect(TestBed.inject(PaneRuntime).injector()?.get(RuntimeCounter).id).toBe(1);
  });

  it('says the view could not be loaded when its chunk fails', async () => {
    release();
    const fixture = TestBed.createComponent(TestHost);
    fixture.componentInstance.view = () =>
      Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    await fixture.whenStable();

    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('halo-view-load-error [role=alert]')?.textContent).toContain(
      'could not be loaded',
    );
  });
});
