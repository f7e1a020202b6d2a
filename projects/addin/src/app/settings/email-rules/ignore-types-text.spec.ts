import { isAppError } from '@halo-outlook/core';
import { parseIgnoreTypesText } from './ignore-types-text';

describe('parseIgnoreTypesText', () => {
  it('reads whole numbers separated by commas or spaces, each once', () => {
    expect(parseIgnoreTypesText('3, 7 3;0')).toEqual([3, 7, 0]);
    expect(parseIgnoreTypesText('  ')).toEqual([]);
  });

  it('names what is not a rule type number, and says what to enter', () => {
    let error: unknown;
    try {
      parseIgnoreTypesText('3, ignore, -1');
    } catch (e) {
      error = e;
    }
    expect(isAppError(error) && error.message).toBe('“ignore”, “-1” is not a rule type number.');
    expect(isAppError(error) && error.action).toContain('Enter whole numbers separated by commas');
  });

  it('refuses more than 20 rule types', () => {
    const many = Array.from({ length: 21 }, (_, i) => i).join(',');
    expect(() => parseIgnoreTypesText(many)).toThrowMatching(
      (e: unknown) => isAppError(e) && e.kind === 'invalid-input',
    );
  });
});
