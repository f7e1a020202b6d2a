import { isLoggableMinutes, minutesToHours } from './minutes-to-hours';

describe('minutesToHours', () => {
  const cases: [number, number][] = [
    [0, 0],
    [1, 0.0167],
    [5, 0.0833],
    [10, 0.1667],
    [15, 0.25],
    [20, 0.3333],
    [30, 0.5],
    [45, 0.75],
    [90, 1.5],
    [100, 1.6667],
    [480, 8],
    [1440, 24],
  ];
  for (const [minutes, hours] of cases) {
    it(`records ${minutes} min as ${hours} h`, () => expect(minutesToHours(minutes)).toBe(hours));
  }

  it('accepts whole minutes from 0 to a day only', () => {
    expect([0, 15, 1440].every(isLoggableMinutes)).toBeTrue();
    expect([-1, 1.5, 1441, Number.NaN, '15'].some(isLoggableMinutes)).toBeFalse();
  });
});
