import { relativeTime } from './relative-time';

describe('relativeTime', () => {
  const now = Date.parse('2026-11-03T09:00:00Z');

  it('says how long ago in the largest whole unit', () => {
    expect(relativeTime('2026-11-03T08:59:40Z', 'en', now)).toBe('this minute');
    expect(relativeTime('2026-11-03T08:15:00Z', 'en', now)).toBe('45 min. ago');
    expect(relativeTime('2026-11-03T06:00:00Z', 'en', now)).toBe('3 hr. ago');
    expect(relativeTime('2026-11-02T09:00:00Z', 'en', now)).toBe('yesterday');
    expect(relativeTime('2026-10-20T09:00:00Z', 'en', now)).toBe('2 wk. ago');
  });

  it("speaks the pane's language", () => {
    expect(relativeTime('2026-11-01T09:00:00Z', 'fr', now)).toBe('avant-hier');
  });

  it('has nothing to say without a readable date', () => {
    expect(relativeTime(null, 'en', now)).toBeNull();
    expect(relativeTime('not a date', 'en', now)).toBeNull();
  });
});
