/**
 * Outlook on the web's bar over the pane when an add-in opens a dialog with `promptBeforeOpen`:
 * "<add-in> wants to display a new window", Allow or Ignore. The user's click on Allow is what lets
 * the browser open the pop-up.
 */
export class DialogPrompt {
  private pending: { allow: () => void; ignore: () => void } | null = null;

  constructor(
    private readonly element: HTMLElement,
    addInName: string,
  ) {
    this.part('[data-prompt-text]').textContent = `${addInName} wants to display a new window.`;
    this.part('[data-prompt-allow]').addEventListener('click', () => this.answer('allow'));
    this.part('[data-prompt-ignore]').addEventListener('click', () => this.answer('ignore'));
  }

  private part(selector: string): HTMLElement {
    const node = this.element.querySelector<HTMLElement>(selector);
    if (!node) throw new Error(`The dialog prompt lacks ${selector}.`);
    return node;
  }

  /** Shows the prompt; exactly one of the two functions is called when the user answers. */
  ask(allow: () => void, ignore: () => void): void {
    this.pending?.ignore();
    this.pending = { allow, ignore };
    this.element.hidden = false;
    this.part('[data-prompt-allow]').focus();
  }

  /** Withdraws an unanswered prompt (the pane went away): it counts as ignored. */
  dismiss(): void {
    this.answer('ignore');
  }

  private answer(choice: 'allow' | 'ignore'): void {
    const pending = this.pending;
    this.pending = null;
    this.element.hidden = true;
    if (pending) pending[choice]();
  }
}
