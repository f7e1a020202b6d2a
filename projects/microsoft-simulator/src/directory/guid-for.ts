import { createHash } from 'node:crypto';

/**
 * A stable GUID (`xxxxxxxx-xxxx-4xxx-8xxx-xxxxxxxxxxxx`) derived from text: the same input always
 * gives the same id, so object ids survive restarts like Entra's do.
 */
export function guidFor(text: string): string {
  const hex = createHash('sha256').update(text).digest('hex');
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    `4${hex.slice(13, 16)}`,
    `${((parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}`,
    hex.slice(20, 32),
  ].join('-');
}
