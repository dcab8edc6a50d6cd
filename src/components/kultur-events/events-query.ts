import type { AudienceId, CategoryId, EventQuery, IcsQuery, MunicipalityId } from '../../sdk/index.js';
import type { EventFilters } from './event-filters.js';

/** Splits an attribute's comma or space list: `municipality="lolland, faxe"`. */
export function listOf(value: string): string[] {
  return value
    .split(/[\s,]+/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/** The SDK query for the current filters; empty filters are left out so the feed applies no condition. */
export function toEventQuery(filters: EventFilters, limit: number): EventQuery {
  const query: EventQuery = { ...toIcsQuery(filters), limit };
  if (filters.from) query.from = filters.from;
  if (filters.to) query.to = filters.to;
  return query;
}

/**
 * The query of a calendar subscription for the current filters: what events, not when. A subscription follows the
 * calendar from now on, so the listing's dates are left out (the feed then starts a month back).
 */
export function toIcsQuery(filters: EventFilters): IcsQuery {
  const query: IcsQuery = {};
  const municipality = listOf(filters.municipality) as MunicipalityId[];
  const category = listOf(filters.category) as CategoryId[];
  const audience = listOf(filters.audience) as AudienceId[];
  if (municipality.length) query.municipality = municipality;
  if (category.length) query.category = category;
  if (audience.length) query.audience = audience;
  if (filters.q.trim()) query.q = filters.q.trim();
  return query;
}
