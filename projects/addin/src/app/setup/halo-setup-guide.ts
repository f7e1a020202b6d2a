import { ChangeDetectionStrategy, Component, DOCUMENT, inject } from '@angular/core';
import { PaneIcon } from '../icons/pane-icon';
import {
  MatExpansionPanel,
  MatExpansionPanelHeader,
  MatExpansionPanelTitle,
} from '@angular/material/expansion';
import { HALO_CORE_OPTIONS } from '@halo-outlook/core';
import { apiApplicationSettings } from './api-application-settings';
import { CopyField } from './copy-field';
import { VIEW_ICONS } from '../icons/view-icons';

/**
 * "Set up Halo": what a Halo administrator enters to create the API application this add-in
 * signs in with, with this deployment's exact redirect URI and CORS origin ready to copy.
 */
@Component({
  selector: 'halo-setup-guide',
  imports: [
    MatExpansionPanel,
    MatExpansionPanelHeader,
    MatExpansionPanelTitle,
    PaneIcon,
    CopyField,
  ],
  templateUrl: './halo-setup-guide.html',
  styleUrl: './halo-setup-guide.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HaloSetupGuide {
  /** The icons this view draws. */
  protected readonly icons = VIEW_ICONS;
  protected readonly settings = apiApplicationSettings(
    inject(HALO_CORE_OPTIONS).authStartPage,
    inject(DOCUMENT).baseURI,
  );
}
