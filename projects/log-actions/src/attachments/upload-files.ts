import {
  type AppError,
  type LogActionContext,
  type LogPart,
  QUEUEABLE_FAILURE_KINDS,
  toAppError,
} from '@halo-outlook/sdk';
import type { EmailFile } from '../content/email-file';

/** The journal step holding the files Halo stored: part id → Halo attachment id. */
export const STORED_FILES = 'storedFiles';

/** What {@link uploadFiles} did. */
export interface UploadResult {
  /** Every file's part, in order. */
  readonly parts: readonly LogPart[];
  /** The error that stopped the uploads (Halo unreachable, busy, signed out), if one did. */
  readonly stoppedBy: AppError | null;
}

/**
 * Uploads the e-mail's files one at a time to a ticket's action, each with its own status
 * (reported through `context.progress`): a file the journal says Halo already stored is not sent
 * again, so a retry sends only the files that failed, never the action. Halo's `_warning` or id 0
 * is that file's failure (with Halo's words); a refusal of one file does not stop the others. When
 * Halo cannot be reached, is busy or the session ended, the uploads stop and the rest stay
 * `pending` for the outbox.
 *
 * @usageNotes
 * `const { parts, stoppedBy } = await uploadFiles(context, email.files, { ticketId, actionId }, email.skipped);`
 */
export async function uploadFiles(
  context: LogActionContext,
  files: readonly EmailFile[],
  target: { readonly ticketId: number; readonly actionId: number },
  before: readonly LogPart[] = [],
): Promise<UploadResult> {
  const { halo, journal, signal } = context;
  const stored = (): Record<string, number> => ({
    ...(journal.get<Record<string, number>>(STORED_FILES) ?? {}),
  });
  const parts: LogPart[] = [
    ...files.map((f): LogPart => ({
      id: f.id,
      label: f.name,
      status: stored()[f.id] !== undefined ? 'saved' : 'pending',
    })),
    ...before,
  ];
  const set = (index: number, part: LogPart) => {
    parts[index] = part;
    context.progress([...parts]);
  };
  context.progress([...parts]);
  for (const [index, file] of files.entries()) {
    if (parts[index].status === 'saved') continue;
    if (signal.aborted) break;
    set(index, { id: file.id, label: file.name, status: 'sending' });
    try {
      const result = await halo.uploadAttachment(
        { filename: file.name, contentType: file.contentType, content: file.base64 },
        target,
        { signal },
      );
      if (result.value.stored && result.value.id !== null) {
        journal.set(STORED_FILES, { ...stored(), [file.id]: result.value.id });
        set(index, { id: file.id, label: file.name, status: 'saved' });
      } else {
        const said = result.status === 'partial' ? result.warning.trim() : '';
        set(index, {
          id: file.id,
          label: file.name,
          status: 'failed',
          message: said
            ? $localize`:@@log.file.refusedSaying:Halo did not store it and said “${said}:warning:”. Retry it; if it keeps failing, attach it in Halo.`
            : $localize`:@@log.file.refused:Halo did not store it. Retry it; if it keeps failing, attach it in Halo.`,
        });
      }
    } catch (error) {
      const problem = toAppError(error);
      if (signal.aborted) break;
      if (QUEUEABLE_FAILURE_KINDS.has(problem.kind)) {
        set(index, { id: file.id, label: file.name, status: 'pending' });
        return { parts, stoppedBy: problem };
      }
      set(index, {
        id: file.id,
        label: file.name,
        status: 'failed',
        message: `${problem.message} ${problem.action}`,
      });
    }
  }
  return { parts, stoppedBy: null };
}
