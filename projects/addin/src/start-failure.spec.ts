import { showStartFailure } from './start-failure';

describe('showStartFailure', () => {
  function page(): Document {
    const doc = document.implementation.createHTMLDocument('pane');
    doc.body.innerHTML = '<halo-root><p class="boot">Halo for Outlook</p></halo-root>';
    return doc;
  }

  beforeEach(() => spyOn(console, 'error'));

  it('replaces the pane with what happened and what to do', () => {
    const doc = page();
    showStartFailure(doc, new Error('chunk missing'));

    const alert = doc.querySelector('halo-root [role=alert]');
    expect(alert?.textContent).toContain('Halo for Outlook could not start.');
    expect(alert?.textContent).toContain('close and reopen the add-in');
    expect(doc.querySelector('.boot')).toBeNull();
    expect(console.error).toHaveBeenCalled();
  });

  it('says when the browser blocks the add-in’s storage, and how to allow it', () => {
    const doc = page();
    showStartFailure(doc, new DOMException('Access is denied for this document.', 'SecurityError'));

    const alert = doc.querySelector('halo-root [role=alert]');
    expect(alert?.textContent).toContain('cannot keep its settings in this browser');
    expect(alert?.textContent).toContain('Allow cookies and site data');
  });
});
