import type { AudienceId, CategoryId, EventQuery, MunicipalityId } from '../../sdk/index.js';

/** The filters a person can change in the listing, as plain strings the way forms and URLs hold them. */
export interface EventFilters {
  municipality: string;
  category: string;
  from: string;
  to: string;
  q: string;
}

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

const urlKeys: Record<keyof EventFilters, string> = {
  municipality: 'kultur-kommune',
  category: 'kultur-kategori',
  from: 'kultur-fra',
  to: 'kultur-til',
  q: 'kultur-soeg',
};

/** Reads filters a shared link carries; prefixed names, so the CMS page's own parameters are left alone. */
export function filtersFromUrl(search: string, fallback: EventFilters): EventFilters {
  const params = new URLSearchParams(search);
  const filters = { ...fallback };
  for (const [key, name] of Object.entries(urlKeys) as Array<[keyof EventFilters, string]>) {
    const value = params.get(name);
    if (value !== null) filters[key] = value;
  }
  return filters;
}

/** The page's URL with the filters written in (and those equal to the element's defaults taken out). */
export function urlWithFilters(href: string, filters: EventFilters, defaults: EventFilters): string {
  const url = new URL(href);
  for (const [key, name] of Object.entries(urlKeys) as Array<[keyof EventFilters, string]>) {
    if (filters[key] && filters[key] !== defaults[key]) url.searchParams.set(name, filters[key]);
    else url.searchParams.delete(name);
  }
  return url.href;
}
