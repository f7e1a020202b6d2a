import { ClassifiableEmail, normalizeHeaders } from '../model/classifiable-email';
import { EmailClass, isEmailClass } from '../model/email-class';

/** One email of the labelled corpus: an id, its class and what the classifier reads. */
export interface LabelledEmail extends ClassifiableEmail {
  /** A stable id, `<class>-<nn>`. */
  readonly id: string;
  /** The class a person gave it. */
  readonly label: EmailClass;
}

/**
 * Reads labelled emails from JSON (`{ id, label, from: 'Name <address>', subject, text, headers }`),
 * failing with the entry's position and the field at fault when one is malformed.
 */
export function readLabelledEmails(json: unknown): LabelledEmail[] {
  if (!Array.isArray(json)) throw new Error('The labelled corpus must be a JSON array.');
  return json.map((entry: unknown, index) => {
    const e = (entry ?? {}) as Record<string, unknown>;
    const where = `Labelled email #${index + 1} (${String(e['id'])})`;
    if (typeof e['id'] !== 'string') throw new Error(`${where}: "id" must be a string.`);
    if (!isEmailClass(e['label']))
      throw new Error(`${where}: unknown label ${String(e['label'])}.`);
    for (const field of ['from', 'subject', 'text']) {
      if (typeof e[field] !== 'string') throw new Error(`${where}: "${field}" must be a string.`);
    }
    const headers = (e['headers'] ?? {}) as Record<string, string>;
    return {
      id: e['id'],
      label: e['label'],
      from: parseAddress(e['from'] as string),
      subject: e['subject'] as string,
      text: e['text'] as string,
      headers: normalizeHeaders(headers),
    };
  });
}

function parseAddress(value: string): { name: string; address: string } {
  const match = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(value);
  return match ? { name: match[1], address: match[2] } : { name: '', address: value.trim() };
}
