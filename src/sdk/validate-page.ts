import { INVALID, parseEvent, parseEventPageEnvelope } from '../contract/compiled-checkers.js';
import type { EventPage, KulturEvent } from '../contract/schema.js';
import type { AnswerIssue } from './answer-issue.js';
import { validateBody } from './validate-body.js';

/**
 * A malformed event the client left out of a page, as `onInvalid` receives it.
 *
 * @example
 * ```ts
 * const client = createKulturClient({
 *   baseUrl: 'https://feed.example.dk/v1',
 *   onInvalid: ({ id, issues }) => monitoring.report(`event ${id}: ${issues.map((i) => i.path.join('.')).join(', ')}`),
 * });
 * ```
 */
export interface InvalidEventReport {
  /** The event's id, when it has a readable one. */
  id: string | undefined;
  /** Its place in the page the feed sent, from 0. */
  index: number;
  /** The URL of the page. */
  url: string;
  /** What did not fit, with paths from the event (such as `['venue', 'postalCode']`). */
  issues: readonly AnswerIssue[];
}

function idOf(item: unknown): string | undefined {
  const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : undefined;
}

function warn(report: InvalidEventReport): void {
  const fields = report.issues.map((issue) => `${issue.path.join('.') || '(the event)'}: ${issue.message}`);
  const who = report.id === undefined ? `item ${report.index}` : `event "${report.id}" (item ${report.index})`;
  console.warn(
    `Kultur: left out ${who} from ${report.url}, as it does not fit the feed contract: ${fields.join('; ')}. The ` +
      "other events are shown; the feed's operator should correct this one.",
  );
}

/**
 * Checks a page of events. A malformed envelope throws `KulturValidationError`; a malformed event is left out,
 * warned about on the console and passed to `onInvalid`, so one bad record never blanks a municipality's calendar.
 * The compiled checkers do the checking; the schemas (and zod with them) are loaded only to say what a refused event got
 * wrong.
 */
export async function validatePage(
  json: unknown,
  url: string,
  onInvalid?: (report: InvalidEventReport) => void,
): Promise<EventPage> {
  const { items, nextCursor } = await validateBody(parseEventPageEnvelope, 'envelope', json, url);
  const events: KulturEvent[] = [];
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    const event = parseEvent(item);
    if (event !== INVALID) {
      events.push(event);
      continue;
    }
    const { misfitOf } = await import('./contract-misfit.js');
    const verdict = misfitOf('event', item);
    if ('data' in verdict) {
      events.push(verdict.data as KulturEvent);
      continue;
    }
    const report = { id: idOf(item), index, url, issues: verdict.issues };
    warn(report);
    try {
      onInvalid?.(report);
    } catch (error) {
      // Like an event listener, a failing callback must not take the listing down with it.
      console.error('Kultur: the onInvalid callback threw', error);
    }
  }
  return { items: events, nextCursor };
}
