import { TestBed } from '@angular/core/testing';
import { DeviceStore } from '@halo-outlook/core';
import { HALO_MATCHERS, type Matcher, ResolutionStore } from '@halo-outlook/sdk';
import { aMailSnapshot } from '@halo-outlook/sdk/testing';
import { deleteDB } from 'idb';
import {
  type EmailTestBed,
  emailTestBed,
  waitFor,
} from '../../resolution/testing/email-test-bed.spec';
import { ResolutionProblems } from './resolution-problems';

const broken: Matcher = {
  id: 'acme.broken',
  priority: 1,
  match: async () => {
    throw new Error('The CRM is down.');
  },
};

describe('ResolutionProblems', () => {
  let bed: EmailTestBed;

  beforeEach(() => (bed = emailTestBed()));

  afterEach(async () => {
    await TestBed.inject(DeviceStore).close();
    await deleteDB(bed.dbName);
  });

  async function render(...matchers: Matcher[]) {
    TestBed.configureTestingModule({
      providers: [
        ...bed.providers,
        { provide: HALO_MATCHERS, multi: true, useValue: { plugins: matchers } },
      ],
    });
    const fixture = TestBed.createComponent(ResolutionProblems);
    const resolution = TestBed.inject(ResolutionStore);
    bed.mailbox.select(aMailSnapshot());
    await waitFor(() => resolution.ready());
    await fixture.whenStable();
    return { fixture, resolution, element: fixture.nativeElement as HTMLElement };
  }

  it('says nothing while every lookup finishes', async () => {
    const { element } = await render();
    expect(element.textContent?.trim()).toBe('');
  });

  it('says quietly that a lookup did not finish, and on demand what and what to do', async () => {
    const { fixture, resolution, element } = await render(broken);

    expect(resolution.status()).toBe('partial');
    const line = element.querySelector('button');
    expect(line?.textContent).toContain(
      'One lookup did not finish: the pane may be missing something.',
    );
    expect(line?.getAttribute('aria-expanded')).toBe('false');
    expect(element.querySelector('[role=alert]')).toBeNull();

    line?.click();
    await fixture.whenStable();
    const problem = resolution.problems()[0];
    expect(problem.pluginId).toBe('acme.broken');
    expect(element.querySelector('li')?.textContent).toContain(problem.message);
    expect(element.querySelector('li')?.textContent).toContain(problem.action);
  });
});
