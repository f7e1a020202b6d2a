import { office } from './office-global';

/** Writes a named result into the probe page (`[data-probe=<name>]`), creating its row once. */
export function show(name: string, value: unknown): void {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  let cell = document.querySelector<HTMLElement>(`[data-probe="${name}"]`);
  if (!cell) {
    const row = document.createElement('div');
    const term = document.createElement('dt');
    term.textContent = name;
    cell = document.createElement('dd');
    cell.dataset['probe'] = name;
    row.append(term, cell);
    document.getElementById('results')?.append(row);
  }
  cell.textContent = text;
}

/** Calls an Office async method and resolves with its AsyncResult (never rejects). */
export function asyncResult<T>(
  call: (callback: (result: Office.AsyncResult<T>) => void) => void,
): Promise<Office.AsyncResult<T>> {
  return new Promise((resolve) => call(resolve));
}

/** The plain parts of an AsyncResult, for display. */
export function summary(result: Office.AsyncResult<unknown>): object {
  return result.status === office().AsyncResultStatus.Succeeded
    ? { status: result.status }
    : {
        status: result.status,
        error: { name: result.error.name, message: result.error.message, code: result.error.code },
      };
}

/** SHA-256 (hex) of Base64 content, to compare with the file on disk. */
export async function sha256OfBase64(base64: string): Promise<string> {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}
