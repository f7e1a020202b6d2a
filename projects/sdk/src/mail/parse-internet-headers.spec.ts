import { parseInternetHeaders } from './parse-internet-headers';

describe('parseInternetHeaders', () => {
  it('unfolds, lower-cases names and keeps the first of repeated headers', () => {
    const headers = parseInternetHeaders(
      'Received: from a\r\n\tby b\r\nReceived: from c\r\nList-Unsubscribe: <mailto:x@y>\r\n' +
        'Auto-Submitted:   auto-generated\r\nSubject: =?utf-8?q?Caf=C3=A9?=\r\n',
    );
    expect(headers).toEqual({
      received: 'from a by b',
      'list-unsubscribe': '<mailto:x@y>',
      'auto-submitted': 'auto-generated',
      subject: '=?utf-8?q?Caf=C3=A9?=',
    });
    expect(Object.isFrozen(headers)).toBeTrue();
  });

  it('ignores lines that are not headers', () => {
    expect(parseInternetHeaders('not a header\r\n: no name\r\nX-Ok: 1\n')).toEqual({ 'x-ok': '1' });
    expect(parseInternetHeaders('')).toEqual({});
  });
});
