import {
  AppError,
  type ɵOfficeCallback as OfficeCallback,
  type ɵOfficeMessageRead as OfficeMessageRead,
} from '@halo-outlook/core';

/** `item.categories` of a read message (Mailbox 1.8), absent on older Outlooks. */
interface OfficeCategories {
  addAsync(names: string[], callback: OfficeCallback<unknown>): void;
}

/**
 * Adds categories to a read message through `item.categories.addAsync`. Outlook applies only
 * names of the mailbox's master list: its `InvalidCategory` refusal becomes an `invalid-input`
 * `AppError` naming them; any other failure an `office` one.
 */
export function addOfficeCategories(
  item: OfficeMessageRead,
  names: readonly string[],
): Promise<void> {
  const categories = (item as OfficeMessageRead & { categories?: OfficeCategories }).categories;
  if (!categories || typeof categories.addAsync !== 'function') {
    return Promise.reject(
      new AppError({
        kind: 'office',
        message: 'This version of Outlook cannot set categories.',
        action: 'Update Outlook, or use Outlook on the web.',
        retryable: false,
      }),
    );
  }
  return new Promise<void>((resolve, reject) => {
    const listed = names.map((n) => `“${n}”`).join(', ');
    try {
      categories.addAsync([...names], (result) => {
        if (result.status === 'succeeded') return resolve();
        const error = result.error;
        const detail = `Office error ${error?.code ?? '?'} ${error?.name ?? ''}: ${error?.message ?? ''}`;
        reject(
          error?.name === 'InvalidCategory'
            ? new AppError({
                kind: 'invalid-input',
                message: `Outlook has no category ${listed} in its master list.`,
                action:
                  'Create the category in Outlook (Categorize > All categories), then try again.',
                detail,
                retryable: false,
              })
            : new AppError({
                kind: 'office',
                message: `Outlook could not add the category ${listed}.`,
                action: 'Try again; if it keeps failing, close and reopen the add-in.',
                detail,
                retryable: true,
              }),
        );
      });
    } catch (error) {
      reject(
        new AppError({
          kind: 'office',
          message: `Outlook could not add the category ${listed}.`,
          action: 'Try again; if it keeps failing, close and reopen the add-in.',
          detail: String(error),
          cause: error,
        }),
      );
    }
  });
}
