import {
  DEFAULT_LOG_DEFAULTS,
  EMPTY_PICTURE,
  type HaloTicketType,
  type LogDefaults,
  type MergedCandidate,
} from '@halo-outlook/sdk';
import { preselectSummary, preselectTicketType } from './create-defaults';

const tag = (id: string, label: string, data?: Record<string, unknown>): MergedCandidate => ({
  kind: 'tag',
  id,
  label,
  confidence: 0.9,
  reason: 'r',
  reasons: ['r'],
  sources: ['t'],
  ...(data ? { data } : {}),
});
const offered = [1, 2, 3].map((id) => ({ id, name: `Type ${id}` }) as HaloTicketType);
const defaults = (changes: Partial<LogDefaults> = {}): LogDefaults => ({
  ...DEFAULT_LOG_DEFAULTS,
  ...changes,
});
const picture = (...tags: MergedCandidate[]) => ({ ...EMPTY_PICTURE, tags });

describe('preselectTicketType', () => {
  const rule = tag('email-rule:2', 'Printers', { ruleId: 2, ticketTypeId: 2 });
  const billing = tag('class:billing', 'Billing question');

  it('takes a tag’s own ticket type first, naming an email rule as such', () => {
    expect(
      preselectTicketType(
        picture(billing, rule),
        defaults({ ticketTypeByTag: { 'class:billing': 3 } }),
        offered,
      ),
    ).toEqual({ value: 2, source: { kind: 'email-rule', name: 'Printers' } });
  });

  it('then the type the agent mapped to a tag, then the agent’s default', () => {
    const mapped = defaults({ ticketTypeId: 1, ticketTypeByTag: { 'class:billing': 3 } });
    expect(preselectTicketType(picture(billing), mapped, offered)).toEqual({
      value: 3,
      source: { kind: 'tag', label: 'Billing question' },
    });
    expect(preselectTicketType(picture(), mapped, offered)).toEqual({
      value: 1,
      source: { kind: 'default' },
    });
  });

  it('skips types Halo does not offer, and gives null for Halo’s default', () => {
    const gone = tag('email-rule:9', 'Old', { ruleId: 9, ticketTypeId: 5 });
    expect(
      preselectTicketType(
        picture(gone, billing),
        defaults({ ticketTypeByTag: { 'class:billing': 7 } }),
        offered,
      ),
    ).toBeNull();
  });
});

describe('preselectSummary', () => {
  it('takes the summary an email rule read from the body, trimmed', () => {
    const rule = tag('email-rule:2', 'Alerts', { ruleId: 2, fields: { summary: '  Disk low  ' } });
    expect(preselectSummary(picture(rule))).toEqual({
      value: 'Disk low',
      source: { kind: 'email-rule', name: 'Alerts' },
    });
    expect(preselectSummary(picture(tag('x', 'X', { fields: { CFDevice: 'A' } })))).toBeNull();
  });
});
