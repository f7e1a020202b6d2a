import { parseListPage } from '../http/parse-all';
import { parseEmailRule } from './email-rule';

describe('parseEmailRule', () => {
  it("reads Halo's fields and the six flat tag slots", () => {
    const rule = parseEmailRule({
      id: 2,
      name: 'Reception PCs',
      type: 0,
      enabled: true,
      seq: 10.0,
      fromaddr: '',
      toaddr: 'support@msp.example',
      subject: 'reception PC',
      body: '',
      requesttype: 1,
      closestring: '',
      starttag: 'Asset:',
      endtag: '',
      fieldname: 'assettag',
      starttag2: 'Device: ',
      endtag2: '#',
      fieldname2: 'CFDevice',
      starttag3: '',
      fieldname3: '',
    });
    expect(rule).toEqual({
      id: 2,
      name: 'Reception PCs',
      type: 0,
      enabled: true,
      sequence: 10,
      fromAddress: null,
      toAddress: 'support@msp.example',
      subjectContains: 'reception PC',
      bodyContains: null,
      ticketTypeId: 1,
      closeString: null,
      fieldMappings: [
        { fieldName: 'assettag', startTag: 'Asset:', endTag: '' },
        { fieldName: 'CFDevice', startTag: 'Device:', endTag: '#' },
      ],
    });
  });

  it('reads a fieldmappings list too, each mapping once, and defaults what is missing', () => {
    const rule = parseEmailRule({
      id: '7',
      type: 'Ignore',
      fieldmappings: [
        { fieldname: 'CFDevice', starttag: 'Device:', endtag: '' },
        { field_name: 'summary', start_tag: 'Alert:' },
        { fieldname: '', starttag: 'x' },
        'junk',
      ],
      starttag1: 'Device:',
      fieldname1: 'CFDevice',
    });
    expect(rule?.name).toBe('Email rule 7');
    expect(rule?.type).toBe('Ignore');
    expect(rule?.enabled).toBeTrue();
    expect(rule?.sequence).toBe(0);
    expect(rule?.ticketTypeId).toBeNull();
    expect(rule?.fieldMappings).toEqual([
      { fieldName: 'CFDevice', startTag: 'Device:', endTag: '' },
      { fieldName: 'summary', startTag: 'Alert:', endTag: '' },
    ]);
  });

  it('drops rules without an id, from bare arrays and envelopes alike', () => {
    const rows = [{ id: 1, name: 'A' }, { name: 'no id' }, null];
    expect(parseListPage(rows, 'emailrules', parseEmailRule).items.map((r) => r.id)).toEqual([1]);
    expect(
      parseListPage({ record_count: 3, emailrules: rows }, 'emailrules', parseEmailRule).items
        .length,
    ).toBe(1);
    expect(parseEmailRule('oops')).toBeNull();
  });
});
