import { ChangeDetectionStrategy, Component } from '@angular/core';
import { Welcome } from '../welcome/welcome';

/**
 * The task pane's frame: the product bar and the current view. Views are swapped by the pane's
 * state machine (set-up, sign-in, pane, settings, diagnostics), each loaded lazily.
 */
@Component({
  selector: 'halo-root',
  imports: [Welcome],
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Shell {}
