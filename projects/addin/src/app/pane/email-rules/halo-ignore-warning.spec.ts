import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { IGNORED_BY_HALO_TAG } from '@halo-outlook/plugin-email-rules';
import { type MergedCandidate, ResolutionStore } from '@halo-outlook/sdk';
import { HaloIgnoreWarning } from './halo-ignore-warning';

describe('HaloIgnoreWarning', () => {
  const tags = signal<MergedCandidate[]>([]);

  async function render(): Promise<HTMLElement> {
    TestBed.configureTestingModule({
      providers: [{ provide: ResolutionStore, useValue: { picture: () => ({ tags: tags() }) } }],
    });
    const fixture = TestBed.createComponent(HaloIgnoreWarning);
    fixture.autoDetectChanges();
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('says which of Halo’s rules would ignore the email, and what to do', async () => {
    tags.set([
      {
        kind: 'tag',
        id: IGNORED_BY_HALO_TAG,
        label: 'Ignored by Halo',
        confidence: 0.9,
        reason: 'r',
        reasons: ['r'],
        sources: ['example.email-rules'],
        data: { ruleId: 1, ruleName: 'Security alert mailers' },
      },
    ]);
    const note = (await render()).querySelector('[role=note]');
    expect(note?.getAttribute('aria-label')).toBe('Halo’s email rules');
    expect(note?.textContent?.replace(/\s+/g, ' ')).toContain(
      'Halo’s email rule “Security alert mailers” would ignore this email',
    );
    expect(note?.textContent).toContain('ask your Halo administrator to change the rule');
  });

  it('shows nothing when no rule of Halo ignores the email', async () => {
    tags.set([
      {
        kind: 'tag',
        id: 'email-rule:2',
        label: 'Reception PCs',
        confidence: 0.9,
        reason: 'r',
        reasons: ['r'],
        sources: ['example.email-rules'],
      },
    ]);
    expect((await render()).querySelector('[role=note]')).toBeNull();
  });
});
