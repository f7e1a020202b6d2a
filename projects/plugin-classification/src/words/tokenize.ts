/** Words too common to say anything about an email's kind. */
const STOP_WORDS = new Set(
  (
    'a an and are as at be been but by can could do does for from had has have he her hi hello ' +
    'his how i if in into is it its me my no not of on or our please she so that the their them ' +
    'there they this to us was we were what when which who will with would you your thanks thank'
  ).split(' '),
);

/**
 * Splits text into the lower-case words the model counts. Amounts of money, numbers, links and
 * email addresses become one placeholder word each (`_money_`, `_number_`, `_link_`, `_address_`),
 * so that "£2,340.00" and "£89" are the same evidence. Stop words and one-letter words are dropped.
 *
 * @usageNotes
 * ```ts
 * tokenize('Invoice INV-2093 for £240.00'); // ['invoice', 'inv', '_number_', '_money_']
 * ```
 */
export function tokenize(text: string): string[] {
  const marked = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/https?:\/\/\S+/g, ' _link_ ')
    .replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, ' _address_ ')
    .replace(
      /[£$€]\s?\d[\d,]*(\.\d+)?|\d[\d,]*(\.\d+)?\s?(gbp|usd|eur|dollars|pounds|euros)\b/g,
      ' _money_ ',
    )
    .replace(/\d+([.,:]\d+)*/g, ' _number_ ');
  const words = marked.match(/_[a-z]+_|\p{L}[\p{L}'’]*/gu) ?? [];
  return words
    .map((w) => w.replace(/['’]s$/, '').replace(/['’]/g, ''))
    .filter((w) => w.length > 1 && !STOP_WORDS.has(w));
}
