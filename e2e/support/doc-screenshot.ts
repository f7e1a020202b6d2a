import { join } from 'node:path';

/**
 * Where a test writes a screenshot meant for the docs: `docs/images/<name>` when
 * `UPDATE_DOCS_SCREENSHOTS` is set (`npm run screenshots`), otherwise `test-results/screenshots/`,
 * so an ordinary `npm test` never changes tracked files.
 */
export function docScreenshot(name: string): string {
  const folder = process.env['UPDATE_DOCS_SCREENSHOTS']
    ? 'docs/images'
    : 'test-results/screenshots';
  return join(folder, name);
}
