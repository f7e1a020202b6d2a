import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatIconButton } from '@angular/material/button';
import { ResolutionStore } from '@halo-outlook/sdk';
import { PaneIcon } from '../icons/pane-icon';
import { LogActionsPanel } from '../logging/log-actions-panel';
import { ViewHeading } from '../shell/view-heading';
import { RecordChoice } from './choice/record-choice';
import { PaneReadiness } from './pane-readiness';
import { ResolutionProblems } from './problems/resolution-problems';
import { HaloIgnoreWarning } from './email-rules/halo-ignore-warning';
import { EmailTags } from './sender/email-tags';
import { SenderCard } from './sender/sender-card';
import { SenderStore } from './sender/sender-store';
import { TicketList } from './tickets/ticket-list';
import { VIEW_ICONS } from '../icons/view-icons';

/**
 * The pane for the current email: who sent it in Halo (the sender card, a choice when the client
 * is not certain), what can be done with it (the log actions), and the tickets that matter (the
 * thread's, then the client's open tickets). It follows Outlook's selection; Refresh asks Halo
 * again. Failures go to the banner above, and the view stays.
 *
 * Its host carries `data-status` (the resolution's) and `data-milestones` (JSON: when resolving
 * started, first showed something and from where, settled, and the pane was ready, in epoch ms),
 * read by diagnostics and `npm run bench:resolve`.
 */
@Component({
  selector: 'halo-pane-view',
  imports: [
    PaneIcon,
    MatIconButton,
    ViewHeading,
    LogActionsPanel,
    RecordChoice,
    ResolutionProblems,
    SenderCard,
    EmailTags,
    HaloIgnoreWarning,
    TicketList,
  ],
  templateUrl: './pane-view.html',
  styleUrl: './pane-view.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    '[attr.data-scope]': 'resolution.scope()',
    '[attr.data-status]': 'resolution.status()',
    '[attr.data-ready]': 'readiness.ready()',
    '[attr.data-milestones]': 'readiness.published()',
  },
})
export class PaneView {
  /** The icons this view draws. */
  protected readonly icons = VIEW_ICONS;
  protected readonly resolution = inject(ResolutionStore);
  protected readonly sender = inject(SenderStore);
  protected readonly readiness = inject(PaneReadiness);

  protected readonly email = this.resolution.snapshot;
  protected readonly noSubject = $localize`:@@pane.noSubject:(no subject)`;

  /** Asks Halo again: the sender, the thread, the open tickets (which follow the resolution). */
  protected refresh(): void {
    this.resolution.refresh();
  }
}
