import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GraphError } from './graph-error.js';
import { parseMessageFilter } from './message-filter.js';
import { checkFilterWithOrderBy, parseMessageQuery } from './message-query.js';

function code(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof GraphError) return `${error.status} ${error.code}`;
    throw error;
  }
  return 'no error';
}

describe('OData options of /me/messages', () => {
  it('parses comparisons joined by and, with quoted strings (a doubled quote escapes one)', () => {
    assert.deepEqual(parseMessageFilter("subject eq 'Tom''s and Jerry''s' and isRead eq false"), [
      { property: 'subject', operator: 'eq', value: "Tom's and Jerry's" },
      { property: 'isRead', operator: 'eq', value: false },
    ]);
    assert.deepEqual(
      parseMessageFilter('receivedDateTime ge 2026-10-01T00:00:00Z')[0]?.value,
      new Date('2026-10-01T00:00:00Z'),
    );
  });

  it('refuses what it does not support, naming it', () => {
    assert.equal(
      code(() => parseMessageFilter("conversationId eq 'a' or subject eq 'b'")),
      '400 BadRequest',
    );
    assert.equal(
      code(() => parseMessageFilter("mood eq 'calm'")),
      '400 RequestBroker--ParseUri',
    );
    assert.equal(
      code(() => parseMessageFilter("conversationId eq 'unterminated")),
      '400 BadRequest',
    );
    assert.equal(
      code(() => parseMessageFilter('isRead eq maybe')),
      '400 BadRequest',
    );
    assert.equal(
      code(() => parseMessageFilter("conversationId eq 'a' and")),
      '400 BadRequest',
    );
  });

  it("applies Graph's InefficientFilter rule to $filter with $orderby", () => {
    const filter = (text: string) => parseMessageFilter(text);
    const order = (property: 'receivedDateTime' | 'subject') => [{ property, descending: true }];
    // Not in the filter at all.
    assert.equal(
      code(() =>
        checkFilterWithOrderBy(filter("conversationId eq 'x'"), order('receivedDateTime')),
      ),
      '400 InefficientFilter',
    );
    // In the filter, but not first.
    assert.equal(
      code(() =>
        checkFilterWithOrderBy(
          filter("conversationId eq 'x' and receivedDateTime ge 2020-01-01T00:00:00Z"),
          order('receivedDateTime'),
        ),
      ),
      '400 InefficientFilter',
    );
    // First: accepted.
    assert.equal(
      code(() =>
        checkFilterWithOrderBy(
          filter("receivedDateTime ge 2020-01-01T00:00:00Z and conversationId eq 'x'"),
          order('receivedDateTime'),
        ),
      ),
      'no error',
    );
    // Either alone is fine.
    assert.equal(
      code(() => checkFilterWithOrderBy([], order('subject'))),
      'no error',
    );
    assert.equal(
      code(() => checkFilterWithOrderBy(filter("conversationId eq 'x'"), [])),
      'no error',
    );
  });

  it('checks $top, $skip, $select and $orderby, and refuses other $ options', () => {
    assert.deepEqual(parseMessageQuery({}, true), {
      select: null,
      filter: [],
      orderBy: [],
      top: 10,
      skip: 0,
    });
    assert.equal(parseMessageQuery({ $top: '1000' }, true).top, 1000);
    assert.equal(
      code(() => parseMessageQuery({ $top: '1001' }, true)),
      '400 BadRequest',
    );
    assert.equal(
      code(() => parseMessageQuery({ $top: '0' }, true)),
      '400 BadRequest',
    );
    assert.equal(
      code(() => parseMessageQuery({ $skip: '-1' }, true)),
      '400 BadRequest',
    );
    assert.equal(
      code(() => parseMessageQuery({ $select: 'subject,colour' }, true)),
      '400 RequestBroker--ParseUri',
    );
    assert.equal(
      code(() => parseMessageQuery({ $orderby: 'importance desc' }, true)),
      '400 BadRequest',
    );
    assert.equal(
      code(() => parseMessageQuery({ $expand: 'attachments' }, true)),
      '400 BadRequest',
    );
    assert.equal(
      code(() => parseMessageQuery({ $filter: "subject eq 'x'" }, false)),
      '400 BadRequest',
    );
    assert.deepEqual(
      parseMessageQuery({ $orderby: 'receivedDateTime desc,subject' }, true).orderBy,
      [
        { property: 'receivedDateTime', descending: true },
        { property: 'subject', descending: false },
      ],
    );
  });
});
