/**
 * Offers `text` as a file download named `fileName`. Returns false when the page cannot start a
 * download (some Outlook hosts block them in add-ins): the caller then offers Copy instead.
 */
export function saveTextFile(document: Document, fileName: string, text: string): boolean {
  const view = document.defaultView;
  if (!view?.URL?.createObjectURL) return false;
  const url = view.URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.rel = 'noopener';
    document.body.append(link);
    link.click();
    link.remove();
    return true;
  } catch {
    return false;
  } finally {
    view.setTimeout(() => view.URL.revokeObjectURL(url), 1000);
  }
}
