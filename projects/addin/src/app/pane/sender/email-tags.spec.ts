import { signal } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { type MergedCandidate, NEVER_LOG_TAG, ResolutionStore } from '@halo-outlook/sdk';
import { IGNORED_BY_HALO_TAG } from '@halo-outlook/plugin-email-rules';
import { EmailTags } from './email-tags';

function tag(id: string, label: string, confidence: number, reasons: string[]): MergedCandidate {
  return { kind: 'tag', id, label, confidence, reasons } as unknown as MergedCandidate;
}

describe('EmailTags', () => {
  const tags = signal<MergedCandidate[]>([]);

  async function render(): Promise<ComponentFixture<EmailTags>> {
    TestBed.configureTestingModule({
      providers: [{ provide: ResolutionStore, useValue: { picture: () => ({ tags: tags() }) } }],
    });
    const fixture = TestBed.createComponent(EmailTags);
    fixture.autoDetectChanges();
    await fixture.whenStable();
    return fixture;
  }

  it('shows nothing when the picture has no tag but never-log and Halo ignoring it', async () => {
    tags.set([
      tag(NEVER_LOG_TAG, 'Never logged', 1, ['Settings']),
      tag(IGNORED_BY_HALO_TAG, 'Ignored by Halo', 0.9, ['A rule.']),
    ]);
    const element = (await render()).nativeElement as HTMLElement;
    expect(element.querySelector('ul')).toBeNull();
  });

  it('shows each tag with its confidence, best first, and its reasons on demand', async () => {
    tags.set([
      tag('rule:vip', 'VIP', 0.6, ['A VIP client.']),
      tag('class:billing', 'Billing question', 0.82, ['Words like “invoice”.']),
    ]);
    const fixture = await render();
    const element = fixture.nativeElement as HTMLElement;
    const chips = [...element.querySelectorAll<HTMLButtonElement>('button.chip')];
    expect(element.querySelector('ul')?.getAttribute('aria-label')).toBe('Tags');
    expect(chips.map((c) => c.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Billing question 82% sure',
      'VIP 60% sure',
    ]);
    expect(chips[0].getAttribute('aria-expanded')).toBe('false');

    chips[0].click();
    await fixture.whenStable();
    expect(chips[0].getAttribute('aria-expanded')).toBe('true');
    const reasons = element.querySelector(`#${chips[0].getAttribute('aria-controls')}`);
    expect(reasons?.textContent).toContain('Why “Billing question”');
    expect(reasons?.textContent).toContain('Words like “invoice”.');
  });
});
