/**
 * The `Office` global as the probe pages use it (the stand-in provides it at run time, exactly
 * where office.js would). Typed with @types/office-js.
 */
export function office(): typeof Office {
  const value = (globalThis as unknown as { Office?: typeof Office }).Office;
  if (!value) throw new Error('Office is not defined: the page did not load office.js.');
  return value;
}
