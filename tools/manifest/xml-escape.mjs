// Escaping text for XML attribute values and element content.

const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Escapes a string for use inside an XML attribute value or element (`&`, `<`, `>`, quotes).
 * @param {string} text
 * @returns {string}
 */
export function escapeXml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/**
 * Reverses {@link escapeXml} and numeric character references, to read a value back.
 * @param {string} text
 * @returns {string}
 */
export function unescapeXml(text) {
  return String(text)
    .replace(/&#x([0-9a-f]+);/gi, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec) => String.fromCodePoint(Number(dec)))
    .replace(
      /&(lt|gt|quot|apos);/g,
      (m) => ({ '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" })[m],
    )
    .replace(/&amp;/g, '&');
}
