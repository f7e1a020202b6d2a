import type { EmailRuleMappingRecord, EmailRuleRecord } from '../store/records.js';
import { SUPPORT_MAILBOX } from './fixed-records.js';

/**
 * The simulator's e-mail rule type codes. Halo does not document its codes, so these are a
 * simulator convention: a client must be told which codes mean "ignore" (the add-in's Settings).
 */
export const EMAIL_RULE_TYPES = Object.freeze({
  /** Make a ticket (or update the one whose id is in the subject). */
  ticket: 0,
  /** Drop the e-mail: no ticket is made. */
  ignore: 3,
});

/**
 * The seeded e-mail rules, written for the workbench's sample e-mails
 * (`projects/workbench/samples`):
 *
 * | id | rule | catches | does |
 * |---|---|---|---|
 * | 1 | Security alert mailers | from `security-alerts@` (sample 10) | ignores the e-mail |
 * | 2 | Reception PCs | to the support mailbox, subject "reception PC" (samples 03, 04) | Incident; the asset tag after `Asset:` (sample 03 has one) |
 * | 3 | Printers | subject "printer" (samples 01, 02) | Incident |
 * | 4 | Quote requests | subject "quote request" (sample 09) | Service Request |
 * | 5 | Old newsletter filter | subject "newsletter" | disabled |
 */
export function seedEmailRules(): EmailRuleRecord[] {
  const rule = (
    id: number,
    name: string,
    seq: number,
    fields: Partial<Omit<EmailRuleRecord, 'id' | 'name' | 'seq'>>,
  ): EmailRuleRecord => ({
    id,
    name,
    type: EMAIL_RULE_TYPES.ticket,
    enabled: true,
    seq,
    fromaddr: '',
    toaddr: '',
    subject: '',
    body: '',
    requesttype: 0,
    closestring: '',
    mappings: [],
    ...fields,
  });
  const mapping = (fieldname: string, starttag: string, endtag = ''): EmailRuleMappingRecord => ({
    fieldname,
    starttag,
    endtag,
  });
  return [
    rule(1, 'Security alert mailers', 1, {
      type: EMAIL_RULE_TYPES.ignore,
      fromaddr: 'security-alerts@',
    }),
    rule(2, 'Reception PCs', 10, {
      toaddr: SUPPORT_MAILBOX,
      subject: 'reception PC',
      requesttype: 1,
      mappings: [mapping('assettag', 'Asset:')],
    }),
    rule(3, 'Printers', 20, { subject: 'printer', requesttype: 1 }),
    rule(4, 'Quote requests', 30, { subject: 'quote request', requesttype: 2 }),
    rule(5, 'Old newsletter filter', 40, {
      type: EMAIL_RULE_TYPES.ignore,
      enabled: false,
      subject: 'newsletter',
    }),
  ];
}
