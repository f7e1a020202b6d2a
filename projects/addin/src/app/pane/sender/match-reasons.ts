import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { CandidateKind, MergedCandidate } from '@halo-outlook/sdk';

/**
 * Why the pane believes what the sender card shows: for the contact, the client and the site, each
 * reason a matcher (or the agent's own choice) gave, in the matcher's words.
 */
@Component({
  selector: 'halo-match-reasons',
  template: `
    <dl class="reasons">
      @for (record of records(); track record.kind + ':' + record.id) {
        <dt>{{ kindName(record.kind) }} · {{ record.label }}</dt>
        @for (reason of record.reasons; track reason) {
          <dd>{{ reason }}</dd>
        }
      }
    </dl>
  `,
  styles: `
    .reasons {
      margin: 0;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    dt {
      margin-top: 8px;
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface);
    }
    dt:first-child {
      margin-top: 0;
    }
    dd {
      margin: 2px 0 0 12px;
      list-style: disc;
      display: list-item;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MatchReasons {
  /** The records whose reasons to show. */
  readonly records = input.required<readonly MergedCandidate[]>();

  protected kindName(kind: CandidateKind): string {
    switch (kind) {
      case 'contact':
        return $localize`:@@pane.reasons.contact:Contact`;
      case 'client':
        return $localize`:@@pane.reasons.client:Client`;
      case 'site':
        return $localize`:@@pane.reasons.site:Site`;
      case 'ticket':
        return $localize`:@@pane.reasons.ticket:Ticket`;
      case 'tag':
        return $localize`:@@pane.reasons.tag:Tag`;
    }
  }
}
