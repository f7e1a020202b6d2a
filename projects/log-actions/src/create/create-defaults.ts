import type {
  HaloTicketType,
  LogDefaults,
  MergedCandidate,
  ResolutionPicture,
} from '@halo-outlook/sdk';

/**
 * Where a value the create form starts with comes from, so the form can say it: an email rule's
 * tag (a tag whose `data.ruleId` is set, as the email rules plugin proposes), another tag (its own
 * `data.ticketTypeId`, or the agent's mapping of its id in `LogDefaults.ticketTypeByTag`), or the
 * agent's default.
 */
export type PreselectionSource =
  | { readonly kind: 'email-rule'; readonly name: string }
  | { readonly kind: 'tag'; readonly label: string }
  | { readonly kind: 'default' };

/** A value the create form starts with, and where it comes from. */
export interface Preselection<T> {
  /** The value. */
  readonly value: T;
  /** Where it comes from. */
  readonly source: PreselectionSource;
}

/**
 * The ticket types an agent may create a ticket of: active, agent-selectable, for tickets.
 *
 * @usageNotes
 * `ticketTypesToOffer(await halo.ticketTypes())`
 */
export function ticketTypesToOffer(types: readonly HaloTicketType[]): readonly HaloTicketType[] {
  return types.filter(
    (t) => !t.inactive && t.agentsCanSelect && (t.use === null || t.use === 'tickets'),
  );
}

/**
 * The ticket type a new ticket starts with, and why, among the types Halo offers: the one a tag
 * of the e-mail names (`data.ticketTypeId`: an email rule's, a classification's), most confident
 * tag first; else the one the agent mapped to a tag of the e-mail (`defaults.ticketTypeByTag`);
 * else the agent's default; null for Halo's default.
 *
 * @usageNotes
 * `preselectTicketType(picture, defaults, offered)?.value ?? null`
 */
export function preselectTicketType(
  picture: ResolutionPicture,
  defaults: LogDefaults,
  offered: readonly HaloTicketType[],
): Preselection<number> | null {
  const ids = new Set(offered.map((t) => t.id));
  const offers = (id: unknown): id is number => typeof id === 'number' && ids.has(id);
  for (const tag of picture.tags) {
    const id = tag.data?.['ticketTypeId'];
    if (offers(id)) return { value: id, source: sourceOf(tag) };
  }
  for (const tag of picture.tags) {
    const id = defaults.ticketTypeByTag?.[String(tag.id)];
    if (offers(id)) return { value: id, source: sourceOf(tag) };
  }
  return offers(defaults.ticketTypeId)
    ? { value: defaults.ticketTypeId, source: { kind: 'default' } }
    : null;
}

/**
 * The summary a tag of the e-mail read from its body (an email rule's field mapping of `summary`,
 * in `data.fields`), and why; null when none did (the form then uses the subject).
 *
 * @usageNotes
 * `preselectSummary(picture)?.value ?? ticketSummaryFromSubject(subject)`
 */
export function preselectSummary(picture: ResolutionPicture): Preselection<string> | null {
  for (const tag of picture.tags) {
    const fields = tag.data?.['fields'];
    const summary =
      typeof fields === 'object' && fields !== null
        ? (fields as Record<string, unknown>)['summary']
        : undefined;
    if (typeof summary === 'string' && summary.trim()) {
      return { value: summary.trim().slice(0, 250), source: sourceOf(tag) };
    }
  }
  return null;
}

function sourceOf(tag: MergedCandidate): PreselectionSource {
  return tag.data?.['ruleId'] !== undefined
    ? { kind: 'email-rule', name: tag.label }
    : { kind: 'tag', label: tag.label };
}
