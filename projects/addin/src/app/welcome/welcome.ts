import { ChangeDetectionStrategy, Component } from '@angular/core';

/** The first-run screen: what the add-in does and what an agent needs to connect it to Halo. */
@Component({
  selector: 'halo-welcome',
  template: `
    <h2 class="heading">Connect to Halo</h2>
    <p>
      See who sent an email, which client and ticket it belongs to, and log it to Halo in one click.
    </p>
    <p>To connect, you need:</p>
    <ul>
      <li>your Halo web address, for example <code>https://yourcompany.halopsa.com</code>;</li>
      <li>the client ID of a Halo API application set up for this add-in.</li>
    </ul>
  `,
  styles: `
    :host {
      display: block;
      font: var(--mat-sys-body-medium);
    }
    .heading {
      font: var(--mat-sys-title-medium);
      margin: 0 0 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Welcome {}
