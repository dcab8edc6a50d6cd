import { regionDay } from '../format/event-format.js';

/**
 * The filters a person can change in the listing, as plain strings the way forms and URLs hold them: where they start
 * (the element's attributes), and how the page's URL keeps them (`url-state`).
 */
export interface EventFilters {
  municipality: string;
  category: string;
  audience: string;
  from: string;
  to: string;
  q: string;
}

/** The filters the attributes of a listing (`host`) set: from today unless `from` says otherwise. */
export function filtersOf(host: Readonly<EventFilters>): EventFilters {
  return {
    municipality: host.municipality,
    category: host.category,
    audience: host.audience,
    from: host.from || regionDay(new Date()),
    to: host.to,
    q: host.q,
  };
}

/** Whether `chosen` narrows the listing beyond what the attributes set (`defaults`). */
export function narrows(chosen: EventFilters, defaults: EventFilters): boolean {
  return (Object.keys(defaults) as Array<keyof EventFilters>).some((key) => chosen[key] !== defaults[key]);
}

const urlKeys: Record<keyof EventFilters, string> = {
  municipality: 'kultur-kommune',
  category: 'kultur-kategori',
  audience: 'kultur-maalgruppe',
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
