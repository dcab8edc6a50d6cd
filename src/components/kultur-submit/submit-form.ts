import { regionInstant } from '../format/region-time.js';
import type { MunicipalityId } from '../../contract/schema.js';
import { SubmissionRequestSchema, type SubmissionRequest, type SubmittedEvent } from '../../contract/submission.js';
import type { SubmitTexts } from './submit-texts.js';

/** Why a field needs correcting: a key of the texts' `messages`. */
export type SubmitMessage = keyof SubmitTexts['messages'];

/** One control's problem; `control` is the name of the form control (or group) it belongs to. */
export interface SubmitIssue {
  readonly control: string;
  readonly message: SubmitMessage;
}

/** The controls in the order they stand in the form, so the error summary reads top to bottom. */
export const CONTROL_ORDER = [
  'event.title',
  'event.summary',
  'event.description',
  'start-date',
  'start-time',
  'end-date',
  'end-time',
  'event.venue.name',
  'event.venue.address',
  'event.venue.postalCode',
  'event.venue.city',
  'event.online.url',
  'event.municipality',
  'event.categories',
  'event.audience',
  'event.organizer.name',
  'event.organizer.url',
  'event.price',
  'submitter.name',
  'submitter.email',
  'submitter.phone',
  'consent',
] as const;

/** The request the form makes, without the form token (the element adds it), and the checks of the date fields. */
export interface ReadForm {
  request: Omit<SubmissionRequest, 'formToken'>;
  issues: SubmitIssue[];
}

const text = (data: FormData, name: string) => String(data.get(name) ?? '').trim();
const optional = (value: string) => value || undefined;

/** Reads the form as a submission; `municipality` is the page's choice when it locks it. */
export function readSubmitForm(form: HTMLFormElement, municipality: string): ReadForm {
  const data = new FormData(form);
  const issues: SubmitIssue[] = [];
  const startDate = text(data, 'start-date');
  const startTime = text(data, 'start-time');
  const endTime = text(data, 'end-time');
  const endDate = text(data, 'end-date') || startDate;
  if (!startDate) issues.push({ control: 'start-date', message: 'date' });
  if (!startTime) issues.push({ control: 'start-time', message: 'time' });
  if (!endTime) issues.push({ control: 'end-time', message: 'time' });
  const online = data.get('place') === 'online';
  const paid = data.get('price-kind') === 'paid';
  const amount = text(data, 'event.price');
  const event: Record<string, unknown> = {
    title: text(data, 'event.title'),
    summary: text(data, 'event.summary'),
    description: text(data, 'event.description'),
    start: regionInstant(startDate, startTime) ?? '',
    end: regionInstant(endDate, endTime) ?? '',
    allDay: false,
    municipality: municipality || text(data, 'event.municipality'),
    categories: data.getAll('event.categories').map(String),
    audience: data.getAll('event.audience').map(String),
    organizer: { name: text(data, 'event.organizer.name'), url: optional(text(data, 'event.organizer.url')) },
    price: paid ? (amount && /^\d+$/.test(amount) ? Number(amount) : amount ? Number.NaN : undefined) : 0,
  };
  if (online) event.online = { url: text(data, 'event.online.url') };
  else {
    event.venue = {
      name: text(data, 'event.venue.name'),
      address: text(data, 'event.venue.address'),
      postalCode: text(data, 'event.venue.postalCode'),
      city: text(data, 'event.venue.city'),
    };
  }
  const website = text(data, 'website');
  const request = {
    event: event as SubmittedEvent,
    submitter: {
      name: text(data, 'submitter.name'),
      email: text(data, 'submitter.email'),
      phone: optional(text(data, 'submitter.phone')),
    },
    consent: data.get('consent') === 'on',
    ...(website ? { website } : {}),
  } as Omit<SubmissionRequest, 'formToken'>;
  return { request, issues };
}

/**
 * What the feed would refuse in the form, by control: the dates the form read itself, then the contract's own schema,
 * so the form checks every rule the feed checks, in the same words as the feed's refusals are shown.
 */
export function checkSubmitForm({ request, issues }: ReadForm): SubmitIssue[] {
  const parsed = SubmissionRequestSchema.safeParse({ ...request, formToken: '-' });
  const found = parsed.success
    ? []
    : parsed.error.issues.map((issue) => {
        const path = issue.path.map(String).join('.');
        const blank =
          (issue.code === 'too_small' && issue.origin === 'string') ||
          (issue.code === 'invalid_type' && valueAt(request, issue.path) === undefined);
        const code = blank
          ? 'required'
          : issue.code === 'too_big' && issue.origin === 'string'
            ? 'too-long'
            : issue.code === 'invalid_format' && issue.format === 'regex'
              ? 'invalid-characters'
              : 'invalid';
        return issueFor(path, code);
      });
  return inControlOrder([...issues, ...found]);
}

/** The control and message for a refused field, from the form's own check or the feed's `errors` (path and code). */
export function issueFor(path: string, code: string | undefined): SubmitIssue {
  const control = controlOf(path);
  return { control, message: messageFor(control, code) };
}

/** Issues once per control (the first is the one to fix first), in the order the form shows the controls. */
export function inControlOrder(issues: readonly SubmitIssue[]): SubmitIssue[] {
  const once = issues.filter((issue, index) => issues.findIndex((other) => other.control === issue.control) === index);
  const order: readonly string[] = CONTROL_ORDER;
  const rank = (control: string) => (order.includes(control) ? order.indexOf(control) : order.length);
  return once.sort((a, b) => rank(a.control) - rank(b.control));
}

function controlOf(path: string): string {
  if (path === 'event.start') return 'start-time';
  if (path === 'event.end') return 'end-time';
  if (path === 'event.venue' || path === 'event.online') return 'event.venue.name';
  if (path.startsWith('event.categories')) return 'event.categories';
  if (path.startsWith('event.audience')) return 'event.audience';
  return path;
}

function messageFor(control: string, code: string | undefined): SubmitMessage {
  if (control === 'consent') return 'consent';
  if (control === 'event.categories' || control === 'event.audience') return 'choose';
  if (code === 'honeypot' || code === 'unknown-field' || !CONTROL_ORDER.includes(control as never))
    return 'formRefused';
  if (code === 'required') return 'required';
  if (code === 'too-long') return 'tooLong';
  if (control === 'submitter.email' || code === 'invalid-email') return 'email';
  if (control === 'submitter.phone' || code === 'invalid-phone') return 'phone';
  if (control === 'event.online.url' || control === 'event.organizer.url') return 'url';
  if (control === 'event.venue.postalCode') return 'postalCode';
  if (control === 'event.price') return 'price';
  if (control === 'end-time') return 'endBeforeStart';
  if (control === 'start-time') return 'time';
  if (control === 'event.venue.name' && code !== 'invalid-characters') return 'place';
  if (code === 'invalid-characters') return 'invalidCharacters';
  return 'invalid';
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((at, key) => (at && typeof at === 'object' ? (at as never)[key] : undefined), value);
}

/** The municipality the page locks the form to, when `municipality` names one of the region's. */
export function lockedMunicipality(value: string, ids: readonly MunicipalityId[]): MunicipalityId | undefined {
  return (ids as readonly string[]).includes(value) ? (value as MunicipalityId) : undefined;
}
