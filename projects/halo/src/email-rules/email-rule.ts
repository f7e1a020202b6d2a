import { isRecord } from '../parsing/read-list';
import {
  type RawRecord,
  readFlag,
  readNumberField,
  readObjects,
  readRef,
  readText,
} from '../parsing/read-field';

/** A field an e-mail rule fills from the body: the text between a start and an end tag. */
export interface HaloEmailRuleMapping {
  /** The field to fill (`summary`, `CFDevice`, `assettag`…). */
  readonly fieldName: string;
  /** The text right before the value. */
  readonly startTag: string;
  /** The text that ends the value; empty means the end of the line. */
  readonly endTag: string;
}

/**
 * One of Halo's e-mail rules (`/EmailRule`): which inbound e-mails it catches and what Halo does
 * with them. Halo applies a mailbox's enabled rules in `sequence` order.
 */
export interface HaloEmailRule {
  /** The rule's id. */
  readonly id: number;
  /** Its name, as Halo shows it. */
  readonly name: string;
  /**
   * Halo's rule type code, as sent (a number, or text on some versions). Halo does not document
   * the codes: which of them mean "ignore the e-mail" is the tenant's to say.
   */
  readonly type: number | string | null;
  /** False for a disabled rule. */
  readonly enabled: boolean;
  /** Lower runs first. */
  readonly sequence: number;
  /** The sender condition (an address, or a part of one). */
  readonly fromAddress: string | null;
  /** The recipient condition (the mailbox's address, or a part of one). */
  readonly toAddress: string | null;
  /** Text the subject contains. */
  readonly subjectContains: string | null;
  /** Text the body contains. */
  readonly bodyContains: string | null;
  /** The ticket type of the tickets it makes (`requesttype`). */
  readonly ticketTypeId: number | null;
  /** Text that closes the ticket (`closestring`). */
  readonly closeString: string | null;
  /** The fields it fills from the body. */
  readonly fieldMappings: readonly HaloEmailRuleMapping[];
}

/** The tag slots a rule carries flat: `starttag`, then `starttag2` … `starttag6` (or `starttag1`). */
const SLOTS = ['', '1', '2', '3', '4', '5', '6'];

/**
 * Parses one e-mail rule; `null` when it has no id. Field mappings are read from a
 * `fieldmappings` list and from the six flat tag slots (`starttag`/`endtag`/`fieldname`,
 * `starttag2`…; `starttag1` too), since the reference names both; each mapping once.
 */
export function parseEmailRule(raw: unknown): HaloEmailRule | null {
  if (!isRecord(raw)) return null;
  const id = readRef(raw, 'id');
  if (id === null) return null;
  const type = raw['type'];
  return {
    id,
    name: readText(raw, 'name') ?? `Email rule ${id}`,
    type: typeof type === 'number' || (typeof type === 'string' && type.trim()) ? type : null,
    enabled: readFlag(raw, 'enabled') ?? true,
    sequence: readNumberField(raw, 'seq', 'sequence') ?? 0,
    fromAddress: readText(raw, 'fromaddr', 'fromaddress'),
    toAddress: readText(raw, 'toaddr', 'toaddress'),
    subjectContains: readText(raw, 'subject'),
    bodyContains: readText(raw, 'body'),
    ticketTypeId: readRef(raw, 'requesttype', 'requesttype_id', 'tickettype_id'),
    closeString: readText(raw, 'closestring'),
    fieldMappings: uniqueMappings([
      ...readObjects(raw, 'fieldmappings').flatMap((m) =>
        mapping(
          m,
          ['fieldname', 'field_name', 'name'],
          ['starttag', 'start_tag'],
          ['endtag', 'end_tag'],
        ),
      ),
      ...SLOTS.flatMap((n) => mapping(raw, [`fieldname${n}`], [`starttag${n}`], [`endtag${n}`])),
    ]),
  };
}

function mapping(
  raw: RawRecord,
  field: readonly string[],
  start: readonly string[],
  end: readonly string[],
): HaloEmailRuleMapping[] {
  const fieldName = readText(raw, ...field);
  const startTag = readText(raw, ...start);
  return fieldName && startTag
    ? [{ fieldName, startTag, endTag: readText(raw, ...end) ?? '' }]
    : [];
}

function uniqueMappings(mappings: readonly HaloEmailRuleMapping[]): HaloEmailRuleMapping[] {
  const seen = new Set<string>();
  return mappings.filter((m) => {
    const key = `${m.fieldName}\u0000${m.startTag}`;
    return !seen.has(key) && seen.add(key);
  });
}
