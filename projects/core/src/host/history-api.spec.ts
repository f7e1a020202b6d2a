import { restoreHistoryApi, saveHistoryApi } from './history-api';

describe('History API workaround', () => {
  const nullify = () => {
    // What office.js does on load.
    (history as { pushState: unknown }).pushState = null;
    (history as { replaceState: unknown }).replaceState = null;
  };
  afterEach(() => {
    delete (history as Partial<History>).pushState;
    delete (history as Partial<History>).replaceState;
  });

  it('restores replaceState and pushState after office.js nulled them, so routing works', () => {
    const saved = saveHistoryApi();
    const before = location.href;
    nullify();
    expect(restoreHistoryApi(saved)).toBeTrue();
    history.replaceState(history.state, '', '?restored=1');
    expect(location.search).toBe('?restored=1');
    history.replaceState(history.state, '', before);
  });

  it('restores from History.prototype when nothing was saved before office.js', () => {
    nullify();
    expect(restoreHistoryApi()).toBeTrue();
    expect(history.pushState).toBe(History.prototype.pushState);
    expect(restoreHistoryApi()).toBeFalse();
  });
});
