import {
  EventInputSchema,
  type AudienceId,
  type CategoryId,
  type EventInput,
  type EventStatus,
  type MunicipalityId,
  type QuestionInput,
  type SignupField,
} from '../contract/schema.js';
import type { EditorTexts } from './editor-texts.js';
import { regionInstant, regionParts } from '../components/format/region-time.js';

/** What the signup part of the form offers. */
export type SignupMode = 'none' | 'external' | 'internal';

/**
 * The editor's form as the person fills it in: strings as the inputs hold them, Danish dates and times apart. Turned
 * into the contract's `EventInput` only when sent, so a half-typed time never becomes a wrong instant.
 */
export interface EventForm {
  id: string;
  title: string;
  summary: string;
  description: string;
  status: EventStatus;
  allDay: boolean;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  municipality: MunicipalityId | '';
  hasVenue: boolean;
  venueName: string;
  venueAddress: string;
  venuePostalCode: string;
  venueCity: string;
  venueLat: number | undefined;
  venueLng: number | undefined;
  hasOnline: boolean;
  onlineUrl: string;
  categories: CategoryId[];
  audience: AudienceId[];
  organizerName: string;
  organizerUrl: string;
  price: string;
  accessibility: string;
  url: string;
  imageUrl: string;
  imageAlt: string;
  signupMode: SignupMode;
  signupUrl: string;
  capacity: string;
  waitlist: boolean;
  opensDate: string;
  opensTime: string;
  closesDate: string;
  closesTime: string;
  maxSeats: string;
  signupFields: SignupField[];
  /** The event's own questions, as the builder (`console-questions.ts`) edits them. */
  questions: QuestionInput[];
}

/** The names of the form's fields; each control's `name`, and its id is `f-` and the name. */
export type FieldName = keyof EventForm;

/** A new event's form: a course day next week is the usual case; nothing is guessed that staff must decide. */
export function emptyForm(): EventForm {
  return {
    id: '',
    title: '',
    summary: '',
    description: '',
    status: 'scheduled',
    allDay: false,
    startDate: '',
    startTime: '',
    endDate: '',
    endTime: '',
    municipality: '',
    hasVenue: true,
    venueName: '',
    venueAddress: '',
    venuePostalCode: '',
    venueCity: '',
    venueLat: undefined,
    venueLng: undefined,
    hasOnline: false,
    onlineUrl: '',
    categories: [],
    audience: [],
    organizerName: '',
    organizerUrl: '',
    price: '0',
    accessibility: '',
    url: '',
    imageUrl: '',
    imageAlt: '',
    signupMode: 'none',
    signupUrl: '',
    capacity: '',
    waitlist: true,
    opensDate: '',
    opensTime: '',
    closesDate: '',
    closesTime: '',
    maxSeats: '1',
    signupFields: [],
    questions: [],
  };
}

/** The form for an event's working copy. */
export function formFromInput(input: EventInput): EventForm {
  const start = regionParts(input.start);
  const end = regionParts(input.end);
  const signup = input.signup;
  const opens = regionParts(signup?.mode === 'internal' ? signup.opensAt : undefined);
  const closes = regionParts(signup?.mode === 'internal' ? signup.closesAt : undefined);
  return {
    ...emptyForm(),
    id: input.id ?? '',
    title: input.title,
    summary: input.summary,
    description: input.description,
    status: input.status,
    allDay: input.allDay,
    startDate: start.date,
    startTime: input.allDay ? '' : start.time,
    endDate: end.date,
    endTime: input.allDay ? '' : end.time,
    municipality: input.municipality,
    hasVenue: input.venue !== undefined,
    venueName: input.venue?.name ?? '',
    venueAddress: input.venue?.address ?? '',
    venuePostalCode: input.venue?.postalCode ?? '',
    venueCity: input.venue?.city ?? '',
    venueLat: input.venue?.lat,
    venueLng: input.venue?.lng,
    hasOnline: input.online !== undefined,
    onlineUrl: input.online?.url ?? '',
    categories: [...input.categories],
    audience: [...input.audience],
    organizerName: input.organizer.name,
    organizerUrl: input.organizer.url ?? '',
    price: String(input.price),
    accessibility: input.accessibility ?? '',
    url: input.url ?? '',
    imageUrl: input.image?.url ?? '',
    imageAlt: input.image?.alt ?? '',
    signupMode: signup ? (signup.mode === 'external' ? 'external' : 'internal') : 'none',
    signupUrl: signup?.mode === 'external' ? signup.url : '',
    capacity: signup?.mode === 'internal' ? String(signup.capacity) : '',
    waitlist: signup?.mode === 'internal' ? signup.waitlist : true,
    opensDate: opens.date,
    opensTime: opens.time,
    closesDate: closes.date,
    closesTime: closes.time,
    maxSeats: signup?.mode === 'internal' ? String(signup.maxSeatsPerSignup) : '1',
    signupFields: signup?.mode === 'internal' ? [...signup.fields] : [],
    questions: signup?.mode === 'internal' ? (signup.questions ?? []).map((question) => ({ ...question })) : [],
  };
}

const optional = (value: string) => (value.trim() ? value.trim() : undefined);
const number = (value: string) => (value.trim() === '' ? Number.NaN : Number(value.replace(',', '.')));

/**
 * The contract's `EventInput` for the form. An all-day event runs from the start of its first day to the end of its
 * last (00:00 to 23:59, Danish time); an end date left empty is the start date. Whatever is malformed stays so (an
 * empty string, NaN), for the schema to name.
 */
export function inputFromForm(form: EventForm): EventInput {
  const endDate = form.endDate || form.startDate;
  const start = regionInstant(form.startDate, form.allDay ? '00:00' : form.startTime) ?? '';
  const end = regionInstant(endDate, form.allDay ? '23:59' : form.endTime || form.startTime) ?? '';
  const at = (date: string, time: string) => (date ? (regionInstant(date, time || '00:00') ?? '') : undefined);
  const input: EventInput = {
    title: form.title.trim(),
    summary: form.summary.trim(),
    description: form.description.trim(),
    start,
    end,
    allDay: form.allDay,
    status: form.status,
    municipality: form.municipality as MunicipalityId,
    categories: form.categories,
    audience: form.audience,
    organizer: {
      name: form.organizerName.trim(),
      ...(optional(form.organizerUrl) ? { url: form.organizerUrl.trim() } : {}),
    },
    price: number(form.price),
    signup: null,
  };
  if (form.id) input.id = form.id;
  if (form.hasVenue) {
    input.venue = {
      name: form.venueName.trim(),
      address: form.venueAddress.trim(),
      postalCode: form.venuePostalCode.trim(),
      city: form.venueCity.trim(),
      ...(form.venueLat === undefined ? {} : { lat: form.venueLat }),
      ...(form.venueLng === undefined ? {} : { lng: form.venueLng }),
    };
  }
  if (form.hasOnline) input.online = { url: form.onlineUrl.trim() };
  if (optional(form.accessibility)) input.accessibility = form.accessibility.trim();
  if (optional(form.url)) input.url = form.url.trim();
  if (optional(form.imageUrl)) input.image = { url: form.imageUrl.trim(), alt: form.imageAlt.trim() };
  if (form.signupMode === 'external') input.signup = { mode: 'external', url: form.signupUrl.trim() };
  if (form.signupMode === 'internal') {
    const opensAt = at(form.opensDate, form.opensTime);
    const closesAt = at(form.closesDate, form.closesTime || '23:59');
    input.signup = {
      mode: 'internal',
      capacity: number(form.capacity),
      waitlist: form.waitlist,
      maxSeatsPerSignup: number(form.maxSeats),
      fields: form.signupFields,
      ...(form.questions.length ? { questions: form.questions.map(questionOf) } : {}),
      ...(opensAt === undefined ? {} : { opensAt }),
      ...(closesAt === undefined ? {} : { closesAt }),
    };
  }
  return input;
}

/** A question as published: its words trimmed, options without the blank lines of the text area. */
function questionOf(question: QuestionInput): QuestionInput {
  const { options, ...rest } = question;
  const kept = options?.map((option) => option.trim()).filter(Boolean);
  return { ...rest, label: question.label.trim(), ...(kept ? { options: kept } : {}) };
}

/** One thing to correct, in the form's words: the field it concerns and what to do. */
export interface FormIssue {
  field: FieldName;
  message: string;
}

/** The field a path of the contract (or of the server's problem, perhaps under `input.`) is typed into. */
export function fieldOfPath(path: string): FieldName {
  const key = path.replace(/^input\./, '').replace(/\.\d+$/, '');
  if (key.startsWith('signup.questions')) return 'questions';
  const fields: Record<string, FieldName> = {
    id: 'title',
    title: 'title',
    summary: 'summary',
    description: 'description',
    status: 'status',
    allDay: 'allDay',
    start: 'startDate',
    end: 'endDate',
    municipality: 'municipality',
    venue: 'hasVenue',
    'venue.name': 'venueName',
    'venue.address': 'venueAddress',
    'venue.postalCode': 'venuePostalCode',
    'venue.city': 'venueCity',
    'venue.lat': 'venueName',
    'venue.lng': 'venueName',
    online: 'onlineUrl',
    'online.url': 'onlineUrl',
    categories: 'categories',
    audience: 'audience',
    organizer: 'organizerName',
    'organizer.name': 'organizerName',
    'organizer.url': 'organizerUrl',
    price: 'price',
    accessibility: 'accessibility',
    url: 'url',
    image: 'imageAlt',
    'image.url': 'imageUrl',
    'image.alt': 'imageAlt',
    signup: 'signupMode',
    'signup.url': 'signupUrl',
    'signup.capacity': 'capacity',
    'signup.waitlist': 'waitlist',
    'signup.opensAt': 'opensDate',
    'signup.closesAt': 'closesDate',
    'signup.maxSeatsPerSignup': 'maxSeats',
    'signup.fields': 'signupFields',
    'signup.questions': 'questions',
  };
  return fields[key] ?? fields[key.split('.')[0] ?? ''] ?? 'title';
}

/** The label of each field, for the error summary. */
export function labelOf(field: FieldName, t: EditorTexts): string {
  const labels: Partial<Record<FieldName, string>> = {
    title: t.title,
    summary: t.summary,
    description: t.description,
    status: t.status,
    allDay: t.allDay,
    startDate: t.startDate,
    startTime: t.startTime,
    endDate: t.endDate,
    endTime: t.endTime,
    municipality: t.municipality,
    hasVenue: t.hasVenue,
    venueName: t.venueName,
    venueAddress: t.address,
    venuePostalCode: t.postalCode,
    venueCity: t.city,
    hasOnline: t.hasOnline,
    onlineUrl: t.onlineUrl,
    categories: t.categories,
    audience: t.audience,
    organizerName: t.organizerName,
    organizerUrl: t.organizerUrl,
    price: t.price,
    accessibility: t.accessibility,
    url: t.link,
    imageUrl: t.picture,
    imageAlt: t.pictureAlt,
    signupMode: t.signupMode,
    signupUrl: t.signupUrl,
    capacity: t.capacity,
    waitlist: t.waitlist,
    opensDate: t.opensDate,
    closesDate: t.closesDate,
    maxSeats: t.maxSeats,
    signupFields: t.signupFields,
    questions: t.questions,
  };
  return labels[field] ?? field;
}

/** The message for a refused field, from the kind of refusal (a zod issue's code, or the server's words). */
function messageFor(field: FieldName, code: string | undefined, t: EditorTexts): string {
  const label = labelOf(field, t);
  if (field === 'categories' || field === 'audience') return t.fieldChoose(label);
  if (code === 'too_big') return t.fieldTooLong(label);
  if (code === 'too_small' || code === 'required') return t.fieldRequired(label);
  if (['onlineUrl', 'organizerUrl', 'url', 'imageUrl', 'signupUrl'].includes(field)) return t.fieldUrl(label);
  if (['startDate', 'endDate', 'opensDate', 'closesDate'].includes(field)) return t.fieldDate(label);
  if (['price', 'capacity', 'maxSeats'].includes(field)) return t.fieldNumber(label);
  if (field === 'venuePostalCode') return t.postalCodeFormat;
  return t.fieldInvalid(label);
}

/** The fields in the order they stand in the form, so the summary lists issues top to bottom. */
const ORDER: readonly FieldName[] = Object.keys(emptyForm()) as FieldName[];

function ordered(issues: FormIssue[]): FormIssue[] {
  const seen = new Set<FieldName>();
  return issues
    .filter((issue) => (seen.has(issue.field) ? false : (seen.add(issue.field), true)))
    .sort((a, b) => ORDER.indexOf(a.field) - ORDER.indexOf(b.field));
}

/**
 * What the form must have corrected before it is sent: the contract's own rules (`EventInputSchema`), plus the
 * console's one rule beyond it, a picture's text for screen readers. The server checks them all again.
 */
export function formIssues(form: EventForm, t: EditorTexts): FormIssue[] {
  const issues: FormIssue[] = [];
  const input = inputFromForm(form);
  if (!form.allDay && !form.startTime) issues.push({ field: 'startTime', message: t.fieldRequired(t.startTime) });
  if (form.imageUrl && !form.imageAlt.trim()) issues.push({ field: 'imageAlt', message: t.needsAlt });
  const parsed = EventInputSchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String).join('.');
      if (path === 'end' && issue.code === 'custom') {
        issues.push({ field: 'endDate', message: t.endBeforeStart });
      } else if (path === 'venue' && issue.code === 'custom') {
        issues.push({ field: 'hasVenue', message: t.needsPlace });
      } else {
        const field = fieldOfPath(path);
        issues.push({ field, message: messageFor(field, issue.code, t) });
      }
    }
  }
  return ordered(issues);
}

/** The issues of a form the server refused: its problem's `errors`, each on its field. */
export function serverIssues(
  errors: readonly { path: string; code?: string | undefined }[],
  t: EditorTexts,
): FormIssue[] {
  return ordered(
    errors.map((error) => {
      const field = fieldOfPath(error.path);
      return { field, message: messageFor(field, error.code, t) };
    }),
  );
}

/** `date` (`YYYY-MM-DD`) moved by `days`. */
function addDays(date: string, days: number): string {
  const moved = new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000);
  return moved.toISOString().slice(0, 10);
}

/**
 * The input moved so that it starts on `day` (`YYYY-MM-DD`, Copenhagen): its end and its signup window move by the
 * same number of days, every clock time stays (an evening course stays at 19:00 across a change to summer time).
 */
export function movedToDay(input: EventInput, day: string): EventInput {
  const from = regionParts(input.start).date;
  if (!from || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return input;
  const days = Math.round((Date.parse(`${day}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000);
  const move = (iso: string) => {
    const { date, time } = regionParts(iso);
    return regionInstant(addDays(date, days), time) ?? iso;
  };
  const signup = input.signup;
  return {
    ...input,
    start: move(input.start),
    end: move(input.end),
    signup:
      signup?.mode === 'internal'
        ? {
            ...signup,
            ...(signup.opensAt ? { opensAt: move(signup.opensAt) } : {}),
            ...(signup.closesAt ? { closesAt: move(signup.closesAt) } : {}),
          }
        : signup,
  };
}
