import { isRecord } from '../parsing/read-list';
import { readText } from '../parsing/read-field';

/**
 * The human message in a Halo error body, whichever form it takes: plain text, .NET-style
 * `{ ClassName, Message }`, `{ Message }`, `{ message }`, OAuth `{ error, error_description }` or
 * `{ resultCode, errorMessage }`; `null` when there is none. Long bodies (HTML error pages) are cut.
 */
export function readErrorMessage(body: unknown): string | null {
  if (typeof body === 'string') return fromText(body);
  if (!isRecord(body)) return null;
  return trim(
    readText(body, 'Message', 'message', 'error_description', 'errorMessage', 'error', 'title'),
  );
}

function fromText(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    try {
      return readErrorMessage(JSON.parse(trimmed));
    } catch {
      // Not JSON after all: use the text.
    }
  }
  if (trimmed.startsWith('<')) return null;
  return trim(trimmed.replace(/^"|"$/g, ''));
}

function trim(text: string | null): string | null {
  if (text === null || text === '') return null;
  return text.length > 300 ? `${text.slice(0, 297)}...` : text;
}
