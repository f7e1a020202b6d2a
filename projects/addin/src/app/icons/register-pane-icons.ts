import { inject } from '@angular/core';
import { MatIconRegistry } from '@angular/material/icon';
import { DomSanitizer } from '@angular/platform-browser';
import { PANE_ICONS, PaneIconName, paneIconBody, paneIconSvg } from './pane-icons';

/**
 * Registers {@link PANE_ICONS} with `MatIconRegistry` as `halo:<name>`, for a view that uses
 * `<mat-icon svgIcon="halo:copy">`. The pane's own views draw with `<halo-icon>` instead, so
 * neither the first screen nor the pane carries an icon registry. Idempotent; call it in an
 * injection context when a lazily loaded view starts.
 * The drawings are constants of this bundle, never user input, so trusting them is safe.
 */
export function registerPaneIcons(): void {
  const registry = inject(MatIconRegistry);
  const sanitizer = inject(DomSanitizer);
  for (const name of Object.keys(PANE_ICONS) as PaneIconName[]) {
    registry.addSvgIconLiteralInNamespace(
      'halo',
      name,
      sanitizer.bypassSecurityTrustHtml(paneIconSvg(paneIconBody(name))),
    );
  }
}
