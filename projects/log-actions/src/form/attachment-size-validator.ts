import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import type { MailSnapshot } from '@halo-outlook/sdk';
import {
  type AttachmentLimits,
  checkAttachmentSizes,
  type SizedFile,
} from '../attachments/attachment-limits';
import { ORIGINAL_PART, emlFileName } from '../content/email-file';
import { attachableFiles, estimatedOriginalBytes } from './attachable-files';

/**
 * A validator for the shared log details group: the files ticked (and the original message, at its
 * estimated size) must fit `limits`. Its error `size` holds the problems, each saying what to do;
 * the agent's choices are kept.
 *
 * @usageNotes
 * `details.addValidators(attachmentSizeValidator(snapshot, limits));`
 */
export function attachmentSizeValidator(
  snapshot: MailSnapshot,
  limits: AttachmentLimits,
): ValidatorFn {
  const files = attachableFiles(snapshot);
  return (group: AbstractControl): ValidationErrors | null => {
    const value = group.value as { attachmentIds?: readonly string[]; includeOriginal?: boolean };
    const chosen: SizedFile[] = files
      .filter((f) => value.attachmentIds?.includes(f.id))
      .map((f) => ({ id: f.id, name: f.name, size: f.size }));
    if (value.includeOriginal) {
      chosen.push({
        id: ORIGINAL_PART,
        name: emlFileName(snapshot.subject),
        size: estimatedOriginalBytes(snapshot),
      });
    }
    const problems = checkAttachmentSizes(chosen, limits);
    return problems.length ? { size: problems } : null;
  };
}
