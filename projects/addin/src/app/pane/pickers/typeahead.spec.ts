import { Subject } from 'rxjs';
import { type TypeaheadState, typeahead } from './typeahead';

describe('typeahead', () => {
  function drive(search: (text: string, signal: AbortSignal) => Promise<readonly string[]>) {
    const text = new Subject<string>();
    const states: TypeaheadState<string>[] = [];
    const subscription = text
      .pipe(typeahead(search, { debounceMs: 20 }))
      .subscribe((s) => states.push(s));
    return { text, states, stop: () => subscription.unsubscribe() };
  }
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('asks nothing for fewer than two characters', async () => {
    const search = jasmine.createSpy('search').and.resolveTo(['x']);
    const { text, states, stop } = drive(search);
    text.next(' a ');
    await pause(50);
    expect(search).not.toHaveBeenCalled();
    expect(states).toEqual([{ status: 'idle' }]);
    stop();
  });

  it('searches once typing pauses, with the trimmed text', async () => {
    const search = jasmine.createSpy('search').and.resolveTo(['Northwind Legal']);
    const { text, states, stop } = drive(search);
    text.next('no');
    text.next('nor');
    text.next('north ');
    await pause(60);
    expect(search.calls.allArgs().map(([t]) => t)).toEqual(['north']);
    expect(states.at(-1)).toEqual({ status: 'done', text: 'north', options: ['Northwind Legal'] });
    stop();
  });

  it('cancels an older search when the text changes, and drops its answer', async () => {
    const signals: AbortSignal[] = [];
    let answerFirst: (value: readonly string[]) => void = () => undefined;
    const search = (t: string, signal: AbortSignal) => {
      signals.push(signal);
      return t === 'first'
        ? new Promise<readonly string[]>((resolve) => (answerFirst = resolve))
        : Promise.resolve(['second answer']);
    };
    const { text, states, stop } = drive(search);
    text.next('first');
    await pause(40);
    text.next('second');
    await pause(40);
    answerFirst(['late answer']);
    await pause(10);
    expect(signals[0].aborted).toBeTrue();
    expect(
      states.some((s) => s.status === 'done' && s.options.includes('late answer')),
    ).toBeFalse();
    expect(states.at(-1)).toEqual({ status: 'done', text: 'second', options: ['second answer'] });
    stop();
  });

  it('reports a failure as a state, and keeps searching afterwards', async () => {
    let fail = true;
    const search = async () => {
      if (fail) throw new Error('boom');
      return ['ok'];
    };
    const { text, states, stop } = drive(search);
    text.next('abc');
    await pause(40);
    expect(states.at(-1)?.status).toBe('failed');
    fail = false;
    text.next('abcd');
    await pause(40);
    expect(states.at(-1)).toEqual({ status: 'done', text: 'abcd', options: ['ok'] });
    stop();
  });
});
