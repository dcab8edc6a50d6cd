import type { AudienceId, CategoryId, EventQuery, MunicipalityId } from '../../sdk/index.js';
import type { EventFilters } from './event-filters.js';

/** Splits an attribute's comma or space list: `municipality="lolland, faxe"`. */
export function listOf(value: string): string[] {
  return value
    .split(/[\s,]+/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/** The SDK query for the current filters; empty filters are left out so the feed applies no condition. */
export function toEventQuery(filters: EventFilters, audience: string, limit: number): EventQuery {
  const query: EventQuery = { limit };
  const municipality = listOf(filters.municipality) as MunicipalityId[];
  const category = listOf(filters.category) as CategoryId[];
  const audiences = listOf(audience) as AudienceId[];
  if (municipality.length) query.municipality = municipality;
  if (category.length) query.category = category;
  if (audiences.length) query.audience = audiences;
  if (filters.from) query.from = filters.from;
  if (filters.to) query.to = filters.to;
  if (filters.q.trim()) query.q = filters.q.trim();
  return query;
}
