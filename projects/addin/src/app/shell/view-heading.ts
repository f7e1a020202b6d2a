import { Directive, ElementRef, afterNextRender, inject } from '@angular/core';
import { ShellStore } from './shell-store';

/**
 * Marks a view's heading. When the agent moves to another view, the arriving view's heading takes
 * the focus, so keyboard and screen-reader users start at its top (at start-up the focus is left
 * where Outlook put it).
 *
 * @usageNotes
 * `<h2 haloViewHeading tabindex="-1">Settings</h2>`
 */
@Directive({
  selector: '[haloViewHeading]',
  host: { tabindex: '-1', class: 'halo-view-heading' },
})
export class ViewHeading {
  constructor() {
    const element = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
    const shell = inject(ShellStore);
    afterNextRender(() => {
      if (shell.takeFocus()) element.focus();
    });
  }
}
