import source from '../../locale/messages.json';
import french from '../../locale/messages.fr.json';

/** The placeholders of a message (`{$INTERPOLATION}`, `{$START_TAG_STRONG}`…), sorted. */
function placeholders(message: string): string[] {
  return (message.match(/\{\$[A-Za-z0-9_]+\}/g) ?? []).sort();
}

describe('the translations', () => {
  const sourceMessages: Record<string, string> = source.translations;
  const frenchMessages: Record<string, string> = french.translations;

  it('translate every message of the pane into French', () => {
    const missing = Object.keys(sourceMessages).filter((id) => !frenchMessages[id]?.trim());
    expect(missing).withContext('run npm run i18n:extract, then translate these ids').toEqual([]);
  });

  it('keep no message the pane no longer has', () => {
    const stale = Object.keys(frenchMessages).filter((id) => !(id in sourceMessages));
    expect(stale).toEqual([]);
  });

  it('keep every placeholder of the source message', () => {
    const broken = Object.keys(sourceMessages).filter(
      (id) =>
        id in frenchMessages &&
        placeholders(sourceMessages[id]).join() !== placeholders(frenchMessages[id]).join(),
    );
    expect(broken).toEqual([]);
  });
});
