import type { HaloTicketType, LogDefaults, ResolutionPicture } from '@halo-outlook/sdk';

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
 * The ticket type a new ticket starts with: the one a matcher proposed for this e-mail (a tag's
 * `data.ticketTypeId`, e.g. from the classification or email rules plugins), else the agent's
 * default, when Halo offers it; null for Halo's default.
 *
 * @usageNotes
 * `defaultTicketType(picture, defaults, offered)`
 */
export function defaultTicketType(
  picture: ResolutionPicture,
  defaults: LogDefaults,
  offered: readonly HaloTicketType[],
): number | null {
  const ids = new Set(offered.map((t) => t.id));
  const proposed = picture.tags
    .map((tag) => tag.data?.['ticketTypeId'])
    .find((id): id is number => typeof id === 'number' && ids.has(id));
  if (proposed !== undefined) return proposed;
  return defaults.ticketTypeId !== null && ids.has(defaults.ticketTypeId)
    ? defaults.ticketTypeId
    : null;
}
