import type { HaloData } from '../store/halo-data.js';
import type { CustomFieldValue } from '../store/records.js';

/** Custom-field objects as Halo returns them: `{ id, name, label, type, value, display, usage, searchable, inputtype }`. */
export function customFieldViews(
  values: readonly CustomFieldValue[],
  data: HaloData,
  onlyIds?: readonly number[],
): Record<string, unknown>[] {
  return data.fieldInfo
    .filter((f) => f.typeid === 1)
    .filter((f) => !onlyIds || onlyIds.includes(f.id))
    .map((f) => {
      const value = values.find((v) => v.id === f.id)?.value ?? null;
      const display =
        f.type === 2
          ? (f.values.find((option) => option.id === value)?.name ?? '')
          : value === null
            ? ''
            : String(value);
      return {
        id: f.id,
        name: f.name,
        label: f.label,
        type: f.type,
        value,
        display,
        usage: f.usage,
        searchable: f.searchable,
        inputtype: f.inputtype,
      };
    });
}
