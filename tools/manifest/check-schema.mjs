// Validates a manifest against Microsoft's XSDs (vendored in ./schemas) with xmllint, offline.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** How a parser error starts, so callers can tell malformed XML from schema errors. */
export const NOT_WELL_FORMED = 'not well-formed XML';

const SCHEMA = fileURLToPath(new URL('./schemas/OfficeAppManifestV1_1.xsd', import.meta.url));

/**
 * Returns xmllint's schema errors for a manifest file, made readable (namespaces removed, one
 * sentence per error, with a hint when an element is out of order); empty when it is valid.
 * Throws when xmllint is not installed.
 * @param {string} file
 * @returns {string[]}
 */
export function checkSchema(file) {
  const result = spawnSync('xmllint', ['--noout', '--nonet', '--schema', SCHEMA, file], {
    encoding: 'utf8',
  });
  if (result.error) {
    throw new Error(
      'xmllint is not installed: install libxml2-utils (Debian, Ubuntu) or libxml2 (macOS).',
    );
  }
  if (result.status === 0) return [];
  const errors = result.stderr
    .split('\n')
    .filter((line) => /error/i.test(line) && !/fails to validate$/.test(line))
    .map(readable);
  return errors.length ? errors : [result.stderr.trim() || `xmllint exited with ${result.status}`];
}

/** One xmllint error line as a sentence: `line 11: Element 'ProviderName': … Expected is …`. */
function readable(line) {
  const m = /^.*?:(\d+): (?:element \S+: )?(Schemas validity error|parser error) : (.*)$/.exec(
    line,
  );
  if (!m) return line.trim();
  if (m[2] === 'parser error') return `line ${m[1]}: ${NOT_WELL_FORMED}: ${m[3]}`;
  const message = m[3].replace(/\{[^}]*\}/g, '');
  const hint = /This element is not expected/.test(message)
    ? ' Office requires manifest elements in a fixed order: move the element, or check its spelling and parent.'
    : '';
  return `line ${m[1]}: ${message}${hint}`;
}
