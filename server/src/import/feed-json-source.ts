/**
 * The feed's own JSON: a page as `GET /v1/events` serves it (`{ items, nextCursor }`) or an array of events, served
 * or as published. What only the serving feed knows (`updatedAt`, a signup's `available`) is dropped; each event's
 * `id` is its id in the source.
 */
import { ImportSourceError, type ImportSettings, type SourceRecord } from './import-record.js';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The events of a parsed feed document: the page's items, or the array itself. */
export function feedItems(document: unknown): unknown[] | undefined {
  if (Array.isArray(document)) return document;
  if (isObject(document) && Array.isArray(document.items)) return document.items;
  return undefined;
}

export function readFeedJson(document: unknown, settings: ImportSettings): SourceRecord[] {
  const items = feedItems(document);
  if (!items) {
    throw new ImportSourceError('This JSON is neither a page of the feed ({ "items": [...] }) nor an array of events.');
  }
  return items.map((item, index): SourceRecord => {
    const position = `item ${index + 1}`;
    if (!isObject(item)) return { kind: 'unreadable', label: position, reason: 'not an object' };
    const { id, updatedAt: _updatedAt, ...event } = item;
    const title = typeof event.title === 'string' ? ` ("${event.title}")` : '';
    if (typeof id !== 'string' || !id.trim()) {
      return {
        kind: 'unreadable',
        label: `${position}${title}`,
        reason: 'no id, so a second import could not find it again',
      };
    }
    if (isObject(event.signup) && event.signup.mode === 'internal') {
      const { available: _available, ...signup } = event.signup;
      event.signup = signup;
    }
    if (settings.municipality) event.municipality = settings.municipality;
    if (settings.categories?.length) event.categories = settings.categories;
    return { kind: 'read', externalId: id, label: `event ${id}${title}`, input: event };
  });
}
