import { formatEmailRulesText, parseEmailRulesText } from './email-rules-text';

describe('parseEmailRulesText', () => {
  it('reads a JSON list of rules with their defaults, and nothing from empty text', () => {
    expect(parseEmailRulesText('  ')).toEqual({ ok: true, rules: [] });
    const read = parseEmailRulesText(
      '[{ "name": "Printers", "subjectContains": "printer", "ticketTypeId": 1 }]',
    );
    expect(read).toEqual({
      ok: true,
      rules: [
        {
          id: 1,
          name: 'Printers',
          type: 'ticket',
          enabled: true,
          sequence: 1,
          subjectContains: 'printer',
          ticketTypeId: 1,
          fieldMappings: [],
        },
      ],
    });
  });

  it('says where JSON is broken, and every problem of the rules, by rule and property', () => {
    const broken = parseEmailRulesText('[{ "name": "Printers", }]');
    expect(broken.ok).toBeFalse();
    if (!broken.ok) {
      expect(broken.problems.length).toBe(1);
      expect(broken.problems[0]).toMatch(/^The rules are not valid JSON \(.+\): check the quotes/);
    }
    const wrong = parseEmailRulesText(
      '[{ "name": "Typo", "subject": "x" }, { "type": "drop", "name": "Bad", "from": 3 }, {}]',
    );
    expect(wrong).toEqual({
      ok: false,
      problems: [
        'Rule 1 has “subject”, which rules do not have: check its spelling.',
        'Rule 2: “type” must be "ticket" or "ignore".',
        'Rule 2: “from” must be an address, or a part of one, in quotes.',
        'Rule 3 has no “name”.',
      ],
    });
    expect(parseEmailRulesText('{ "name": "x" }')).toEqual({
      ok: false,
      problems: ['The rules must be a list in square brackets: [ { "name": "…", … }, … ].'],
    });
  });

  it('refuses rules over the 8 KB Settings keeps for them, saying their size', () => {
    const many = Array.from({ length: 120 }, (_, i) => ({
      name: `Rule number ${i} with a long name`,
      subjectContains: 'a subject long enough to count',
    }));
    const read = parseEmailRulesText(JSON.stringify(many));
    expect(read.ok).toBeFalse();
    if (!read.ok) expect(read.problems[0]).toMatch(/^The email rules take \d+ KB; up to 8 KB/);
  });
});

describe('formatEmailRulesText', () => {
  it('shows rules as indented JSON that reads back the same', () => {
    const read = parseEmailRulesText('[{ "name": "A", "from": "alerts@" }]');
    if (!read.ok) throw new Error('expected rules');
    const text = formatEmailRulesText(read.rules);
    expect(text).toContain('\n  {\n');
    expect(parseEmailRulesText(text)).toEqual(read);
    expect(formatEmailRulesText([])).toBe('');
  });
});
