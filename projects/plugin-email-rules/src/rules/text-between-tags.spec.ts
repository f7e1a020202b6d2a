import { textBetweenTags } from './text-between-tags';

describe('textBetweenTags', () => {
  const body = 'Alert raised.\nDevice: HARB-FS01\nSerial: [SN]AB-1234[/SN] rest\nsite:  Harbour ';
  const cases: [string, string, string, string | null][] = [
    ['to the end of the line when the end tag is empty', 'Device:', '', 'HARB-FS01'],
    ['up to the end tag', '[SN]', '[/SN]', 'AB-1234'],
    ['ignoring the case of the tags', 'SITE:', '', 'Harbour'],
    [
      'to the end of the line when the end tag is missing',
      'Serial:',
      '<end>',
      '[SN]AB-1234[/SN] rest',
    ],
    ['nothing when the start tag is absent', 'Model:', '', null],
    ['nothing for an empty start tag', '', '', null],
    ['nothing when the value is blank', 'Alert raised.', '', null],
  ];
  for (const [name, start, end, expected] of cases) {
    it(`reads ${name}`, () => {
      expect(textBetweenTags(body, start, end)).toBe(expected);
    });
  }
});
