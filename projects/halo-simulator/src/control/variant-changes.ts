import type { HaloVariants } from '../simulator/simulator-options.js';

/** The values each variant may take at run time (`corsOnAuth` is read once, at start-up). */
const SWITCHES: Readonly<Record<string, readonly unknown[] | 'boolean' | 'limit'>> = {
  outcomeEnvelope: ['array', 'wrapped'],
  referenceEnvelope: ['array', 'wrapped'],
  writeResponse: ['object', 'array', 'wrapped'],
  errorBody: ['text', 'json'],
  unpagedLimit: 'limit',
  actionsMessageIdFilter: 'boolean',
  customFieldFilter: ['none', 'field_', 'customfield_'],
  doubles: 'boolean',
  emailRuleAccess: ['allowed', 'forbidden'],
  emailRuleMappings: ['slots', 'list'],
};

/**
 * Checks a change of {@link HaloVariants} asked at run time (`PUT /_sim/variants`,
 * `control.setVariants`). Throws an error naming the variant and the values it takes when a key
 * is unknown, only settable at start-up, or its value is not one it takes.
 */
export function readVariantChanges(changes: unknown): Partial<HaloVariants> {
  if (typeof changes !== 'object' || changes === null || Array.isArray(changes)) {
    throw new Error('send an object of variants, e.g. { "emailRuleAccess": "forbidden" }');
  }
  for (const [name, value] of Object.entries(changes)) {
    if (name === 'corsOnAuth') {
      throw new Error('corsOnAuth is read at start-up only: start the simulator with it instead');
    }
    const allowed = SWITCHES[name];
    if (allowed === undefined) {
      throw new Error(`unknown variant "${name}"; known: ${Object.keys(SWITCHES).join(', ')}`);
    }
    const ok =
      allowed === 'boolean'
        ? typeof value === 'boolean'
        : allowed === 'limit'
          ? value === null || (Number.isInteger(value) && (value as number) > 0)
          : allowed.includes(value);
    if (!ok) {
      const expected =
        allowed === 'boolean'
          ? 'true or false'
          : allowed === 'limit'
            ? 'a whole number above 0, or null'
            : allowed.map((v) => JSON.stringify(v)).join(' or ');
      throw new Error(`variant "${name}" takes ${expected}, not ${JSON.stringify(value)}`);
    }
  }
  return changes as Partial<HaloVariants>;
}
