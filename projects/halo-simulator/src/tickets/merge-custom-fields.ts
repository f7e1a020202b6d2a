import { numberField, stringField, type WriteItem } from '../http/write-body.js';
import type { HaloData } from '../store/halo-data.js';
import type { CustomFieldValue } from '../store/records.js';

/**
 * Merges `customfields: [{ id | name, value }]` into the stored values (only the fields sent
 * change). Fields are addressed by id or by `CF…` name; unknown ones are ignored, as in Halo.
 */
export function mergeCustomFields(
  current: CustomFieldValue[],
  value: unknown,
  data: HaloData,
): CustomFieldValue[] {
  if (!Array.isArray(value)) return current;
  const merged = current.map((v) => ({ ...v }));
  for (const entry of value as unknown[]) {
    if (typeof entry !== 'object' || entry === null) continue;
    const item = entry as WriteItem;
    const id = numberField(item, 'id');
    const name = stringField(item, 'name')?.toLowerCase();
    const field = data.fieldInfo.find(
      (f) =>
        (id !== undefined && f.id === id) || (name !== undefined && f.name.toLowerCase() === name),
    );
    if (!field) continue;
    const raw = item['value'];
    const stored = typeof raw === 'number' || typeof raw === 'string' ? raw : null;
    const existing = merged.find((v) => v.id === field.id);
    if (existing) existing.value = stored;
    else merged.push({ id: field.id, value: stored });
  }
  return merged;
}
