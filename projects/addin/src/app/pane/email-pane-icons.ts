import { inject } from '@angular/core';
import { MatIconRegistry } from '@angular/material/icon';
import { DomSanitizer } from '@angular/platform-browser';
import { paneIconSvg } from '../icons/pane-icons';

/**
 * The icons only the email pane uses, drawn like the pane's others (24 px grid, 1.6 px strokes),
 * registered as `halo:<name>` when the pane's chunk loads, so the first screen does not carry them.
 */
export const EMAIL_PANE_ICONS: Readonly<Record<string, string>> = {
  'open-in-new':
    '<path d="M13.5 4.5H19.5V10.5M19.5 4.5l-8 8"/><path d="M18 14v4a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2h4"/>',
  assign:
    '<circle cx="10" cy="8" r="4"/><path d="M3 20a7 7 0 0 1 10.5-6"/><path d="m15 18 2 2 4-4.5"/>',
  'add-person':
    '<circle cx="10" cy="8" r="4"/><path d="M3 20a7 7 0 0 1 11-5.7"/><path d="M18.5 14v6m-3-3h6"/>',
  edit: '<path d="M4 20h4L19 9a2.8 2.8 0 0 0-4-4L4 16z"/><path d="m13.5 6.5 4 4"/>',
  expand: '<path d="m6 9 6 6 6-6"/>',
  thread: '<path d="M5 5h14v10H9l-4 4z"/><path d="M9 9h6m-6 3h4"/>',
  phone:
    '<path d="M5 4h3.5l1.5 4-2 1.5a11 11 0 0 0 6.5 6.5l1.5-2 4 1.5V19a1.5 1.5 0 0 1-1.6 1.5A16 16 0 0 1 3.5 5.6 1.5 1.5 0 0 1 5 4z"/>',
  client:
    '<path d="M4 20V6a1.5 1.5 0 0 1 1.5-1.5h7A1.5 1.5 0 0 1 14 6v14"/><path d="M14 10h4.5A1.5 1.5 0 0 1 20 11.5V20M3 20h18M7.5 8h3m-3 4h3m-3 4h3"/>',
  site: '<path d="M12 21s-6.5-5.8-6.5-11a6.5 6.5 0 0 1 13 0c0 5.2-6.5 11-6.5 11z"/><circle cx="12" cy="10" r="2.3"/>',
  status: '<circle cx="12" cy="12" r="8.5"/><path d="M12 7.5V12l3 2"/>',
};

/**
 * Registers {@link EMAIL_PANE_ICONS} with `MatIconRegistry` (idempotent: registering again
 * replaces an icon by the same drawing). Call in an injection context.
 */
export function registerEmailPaneIcons(): void {
  const registry = inject(MatIconRegistry);
  const sanitizer = inject(DomSanitizer);
  for (const [name, body] of Object.entries(EMAIL_PANE_ICONS)) {
    // The drawings are constants of this bundle, never user input.
    registry.addSvgIconLiteralInNamespace(
      'halo',
      name,
      sanitizer.bypassSecurityTrustHtml(paneIconSvg(body)),
    );
  }
}
