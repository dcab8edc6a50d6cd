import * as z from 'zod/mini';
import {
  CategoryListSchema,
  EventInputSchema,
  EventPageSchema,
  EventQuerySchema,
  EventSchema,
  MunicipalityListSchema,
  ProblemDetailsSchema,
  SignupAnswerSchema,
  SignupListSchema,
  SignupRequestSchema,
} from '@kulturregion/kultur/contract';
import {
  DEFAULT_RENDITION_WIDTH,
  IMAGE_PROBLEM_CODES,
  IMAGE_UPLOAD_TYPES,
  MAX_IMAGE_BYTES,
  MAX_INPUT_PIXELS,
  MIN_IMAGE_WIDTH,
  RENDITION_WIDTHS,
} from '../images/image-processing.js';
import { MAX_IDEMPOTENCY_KEY_LENGTH } from '../signups/idempotency-key.js';
import { consolePaths } from './console-paths.js';
import { submissionPaths } from './submission-paths.js';
import { componentUri, inlineSchema, json, problem, type JsonSchema } from './openapi-parts.js';

/** Request bodies are described as clients write them (defaults optional); responses as the server sends them. */
const requestSchemas = { EventInput: EventInputSchema };
const responseSchemas = {
  Event: EventSchema,
  EventPage: EventPageSchema,
  MunicipalityList: MunicipalityListSchema,
  CategoryList: CategoryListSchema,
  Problem: ProblemDetailsSchema,
};

function componentsOf(schemas: Record<string, z.ZodMiniType>, io: 'input' | 'output'): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(schemas)) registry.add(schema, { id });
  const { schemas: converted } = z.toJSONSchema(registry, { target: 'draft-2020-12', io, uri: componentUri });
  // Each component inherits the document's dialect; `$id` with a fragment is not allowed in JSON Schema 2020-12.
  return Object.fromEntries(
    Object.entries(converted).map(([id, { $schema, $id, ...schema }]) => [id, schema as JsonSchema]),
  );
}

const parameterHelp: Record<keyof typeof EventQuerySchema.shape, string> = {
  municipality: 'Municipality ids, comma-separated: events in any of them.',
  category: 'Category ids, comma-separated: events in any of them.',
  audience: 'Audience ids, comma-separated: events for any of them.',
  from: 'A calendar day in Europe/Copenhagen: keeps events that have not ended before it.',
  to: 'A calendar day in Europe/Copenhagen: keeps events that start on or before it.',
  q:
    'Free text: every word must occur in the title, summary, description, venue or organiser, in any of its Danish ' +
    'forms (`kurser` finds “kursus”), with æ, ø, å typed as ae, oe, aa or without accents (`Nykobing` finds ' +
    '“Nykøbing”); the last word also matches the start of a word (`kon` finds “koncert”). Only letters and digits ' +
    'count: quotes, `*`, `:`, `&`, `|`, `!` and brackets separate words.',
  sort:
    '`start` (the default): in start order. `relevance`: the events that match `q` best first (a match in the title ' +
    'above one in the description), then in start order, among the 200 soonest matches; without `q`, start order. ' +
    'A cursor continues the order it ' +
    'was made in: pass the same `q` and `sort` with it.',
  limit: 'Events per page.',
  cursor: 'The `nextCursor` of the previous page, unchanged.',
};

function queryParameters(leaveOut: readonly string[] = []): JsonSchema[] {
  const shape = Object.entries(EventQuerySchema.shape).filter(([name]) => !leaveOut.includes(name));
  return shape.map(([name, schema]) => {
    const parameterSchema = inlineSchema(schema, 'input');
    return {
      name,
      in: 'query',
      required: false,
      description: parameterHelp[name as keyof typeof parameterHelp],
      schema: parameterSchema,
      // Lists travel comma-separated: `municipality=faxe,stevns`.
      ...(parameterSchema.type === 'array' ? { style: 'form', explode: false } : {}),
    };
  });
}

const eventId = {
  name: 'id',
  in: 'path',
  required: true,
  schema: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,63}$' },
};
const cached = { ETag: { schema: { type: 'string' } }, 'Cache-Control': { schema: { type: 'string' } } };
const notModified = { description: 'Not modified: the `If-None-Match` ETag is current.' };
const admin = [{ bearer: [] }];
const uploaded = {
  'application/json': {
    schema: {
      type: 'object',
      required: ['id', 'url', 'width', 'height'],
      properties: {
        id: { type: 'string', description: 'The SHA-256 of the file, in hex.' },
        url: { type: 'string', description: 'The picture’s path on this server: `/v1/images/{id}`.' },
        width: { type: 'integer', description: 'The uploaded picture’s width upright, in pixels.' },
        height: { type: 'integer', description: 'Its height upright, in pixels.' },
      },
    },
  },
};
const html = (description: string) => ({ description, content: { 'text/html': { schema: { type: 'string' } } } });
const calendar = (description: string) => ({
  description,
  headers: { ...cached, 'Content-Disposition': { schema: { type: 'string' } } },
  content: { 'text/calendar': { schema: { type: 'string' } } },
});
const listingLanguage = {
  name: 'lang',
  in: 'query',
  required: false,
  description: 'The page’s language: Danish (default) or English.',
  schema: { type: 'string', enum: ['da', 'en'], default: 'da' },
};
const cancelToken = {
  name: 'cancelToken',
  in: 'path',
  required: true,
  description: 'The token from the cancel link in the signup’s messages (never in the answer to the signup).',
  schema: { type: 'string' },
};
const idempotencyKey = {
  name: 'Idempotency-Key',
  in: 'header',
  required: true,
  description:
    'A new key (a UUID will do) for each signup, sent again unchanged with every retry of it. A retry gets the first ' +
    'answer; the key with another request is 422. Keys are kept at least seven days.',
  schema: { type: 'string', minLength: 1, maxLength: MAX_IDEMPOTENCY_KEY_LENGTH },
};

/** The feed's OpenAPI 3.1 document. Every schema in it is converted from the contract in `src/contract/schema.ts`. */
export function openApiDocument(): JsonSchema {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Kultur feed',
      version: '1.0.0',
      description:
        'Cultural events of Kulturregion Storstrøm. Times are ISO 8601 with offset; the region is in Europe/Copenhagen. ' +
        'Every refused request is answered with RFC 9457 problem details.',
    },
    servers: [{ url: '/' }],
    paths: {
      '/v1/events': {
        get: {
          operationId: 'listEvents',
          summary: 'Events in start order (or by relevance to `q`), one page at a time',
          parameters: queryParameters(),
          responses: {
            200: { description: 'A page of events.', headers: cached, content: json('EventPage') },
            304: notModified,
            400: problem('A query parameter is unknown or not valid; `errors` names it.'),
          },
        },
        post: {
          operationId: 'createEvent',
          summary: 'Publish an event',
          security: admin,
          requestBody: { required: true, content: json('EventInput') },
          responses: {
            201: {
              description: 'Published.',
              headers: { Location: { schema: { type: 'string' } } },
              content: json('Event'),
            },
            400: problem('The body is not a valid event; `errors` names each field.'),
            401: problem('No valid publishing token.'),
            409: problem('An event with that id exists.'),
            413: problem('The body is too large.'),
            415: problem('The body is not JSON.'),
          },
        },
      },
      '/v1/events.ics': {
        get: {
          operationId: 'listEventsCalendar',
          summary: 'The listing as an iCalendar subscription (RFC 5545)',
          description:
            'Every event the filters match, in start order, up to 1,000; without `from`, from 30 days ago. ' +
            '`limit`, `cursor` and `sort` are refused: a calendar is never paged, and calendars order by time. Times carry `TZID=Europe/Copenhagen` with ' +
            'its VTIMEZONE; each event’s UID is `{id}@kultur.kulturregionstorstroem.dk`.',
          parameters: queryParameters(['limit', 'cursor', 'sort']),
          responses: {
            200: calendar('A VCALENDAR named after the filters in Danish, such as “Kultur i Lolland – kurser”.'),
            304: notModified,
            400: problem('A query parameter is unknown or not valid, or is `limit`, `cursor` or `sort`.'),
          },
        },
      },
      '/v1/events.html': {
        get: {
          operationId: 'listEventsPage',
          summary: 'The listing as a plain accessible HTML page, with no script',
          description:
            'For people without JavaScript (the snippet’s `<noscript>` link) and for search engines. The listing’s ' +
            'filters and paging; without `from`, from today. The page links to its next page and to the same ' +
            'listing as iCalendar; any site may frame it.',
          parameters: [...queryParameters(), listingLanguage],
          responses: {
            200: { ...html('The page, in Danish or English.'), headers: cached },
            304: notModified,
            400: problem('A query parameter is unknown or not valid; `errors` names it.'),
          },
        },
      },
      '/v1/events/{id}.ics': {
        parameters: [eventId],
        get: {
          operationId: 'getEventCalendar',
          summary: 'One event as iCalendar, to add to a calendar',
          responses: {
            200: calendar('A VCALENDAR with the one event.'),
            304: notModified,
            404: problem('No event with that id.'),
          },
        },
      },
      '/v1/events/{id}': {
        parameters: [eventId],
        get: {
          operationId: 'getEvent',
          summary: 'One event',
          responses: {
            200: { description: 'The event.', headers: cached, content: json('Event') },
            304: notModified,
            404: problem('No event with that id.'),
          },
        },
        put: {
          operationId: 'replaceEvent',
          summary: 'Replace a published event',
          security: admin,
          requestBody: { required: true, content: json('EventInput') },
          responses: {
            200: { description: 'Replaced.', content: json('Event') },
            400: problem('The body is not a valid event, or its id differs from the path.'),
            401: problem('No valid publishing token.'),
            404: problem('No event with that id.'),
            413: problem('The body is too large.'),
            415: problem('The body is not JSON.'),
          },
        },
        delete: {
          operationId: 'deleteEvent',
          summary: 'Withdraw an event: erased, or cancelled when people have signed up',
          security: admin,
          responses: {
            200: {
              description: 'People had signed up, so the event is kept and marked cancelled.',
              content: json('Event'),
            },
            204: { description: 'Erased.' },
            401: problem('No valid publishing token.'),
            404: problem('No event with that id.'),
          },
        },
      },
      '/v1/events/{id}/signups': {
        parameters: [eventId],
        post: {
          operationId: 'createSignup',
          summary: 'Sign up: a seat when the seats fit, otherwise a place on the waitlist',
          description:
            'Refused field values carry a stable `code` in `errors` (`SIGNUP_FIELD_CODES` in the contract); other ' +
            'refusals a `type` ending in one of `SIGNUP_PROBLEM_KINDS`. Only the fields the event asks for ' +
            '(`signup.fields`) are taken: any other optional field is refused (`not-asked`), never stored. `answers` ' +
            'answers the event’s own `signup.questions` by question id; each wrong answer is refused under the path ' +
            '`answers.<id>` (`required`, `too-long`, `invalid-characters`, `invalid` for the wrong kind or a choice not ' +
            'among the options, `not-asked` for an id the event does not ask). An address ' +
            'that is signed up already gets exactly the answer a new address would get, and nothing is stored; its ' +
            'owner is told by mail (at most once a day). The cancel link goes to the address only.',
          parameters: [idempotencyKey],
          requestBody: {
            required: true,
            content: { 'application/json': { schema: inlineSchema(SignupRequestSchema, 'input') } },
          },
          responses: {
            201: {
              description:
                'Signed up (or, for an address already on the list, the answer a newcomer would get), or the first ' +
                'answer again for a retry with the same key.',
              headers: {
                'Idempotent-Replayed': {
                  description: '`true` when this is the stored answer to an earlier request with the same key.',
                  schema: { type: 'string' },
                },
              },
              content: { 'application/json': { schema: inlineSchema(SignupAnswerSchema, 'output') } },
            },
            400: problem(
              'A field is not valid or not asked for (`errors` with codes), or `Idempotency-Key` is missing or too long.',
            ),
            404: problem('No event with that id.'),
            409: problem(
              'No seat and no waitlist, signup is not open yet or closed, or the event takes no signups here.',
            ),
            415: problem('The body is not JSON.'),
            422: problem('The Idempotency-Key was used for a different request.'),
            429: {
              ...problem('Too many signups from this address; `Retry-After` says when to try again.'),
              headers: { 'Retry-After': { schema: { type: 'integer' } } },
            },
            503: {
              ...problem(
                'The database gave up waiting for other signups to the same event. Nothing was stored: send the same ' +
                  'request with the same key again after `Retry-After` seconds.',
              ),
              headers: { 'Retry-After': { schema: { type: 'integer' } } },
            },
          },
        },
        get: {
          operationId: 'listSignups',
          summary: 'The event’s signup list for the organiser, as JSON or CSV',
          security: admin,
          parameters: [
            {
              name: 'format',
              in: 'query',
              required: false,
              description: 'Overrides the `Accept` header: `csv` or `json`.',
              schema: { type: 'string', enum: ['csv', 'json'] },
            },
          ],
          responses: {
            200: {
              description:
                'The confirmed in signup order, then the waitlist in order. The CSV is shaped for Danish Excel: UTF-8 ' +
                'with a byte-order mark, semicolons, Danish headings (Navn, E-mail, Telefon, Organisation, Kommune, ' +
                'Kommentar, Pladser, Status, Venteliste-nr., Tilmeldt); cells that a spreadsheet would run as a ' +
                'formula start with an apostrophe.',
              content: {
                'application/json': { schema: inlineSchema(SignupListSchema, 'output') },
                'text/csv': { schema: { type: 'string' } },
              },
            },
            400: problem('An unknown parameter or format.'),
            401: problem('No valid publishing token.'),
            404: problem('No event with that id.'),
          },
        },
      },
      '/v1/signups/{cancelToken}': {
        parameters: [cancelToken],
        get: {
          operationId: 'showCancelPage',
          summary: 'The page behind the cancel link: asks before cancelling, never cancels',
          responses: {
            200: html('A Danish page with a form that posts back to cancel.'),
            404: html('No signup has this token.'),
          },
        },
        post: {
          operationId: 'cancelFromPage',
          summary: 'The cancel page’s form: cancels, and answers with a Danish page',
          responses: {
            200: html('Cancelled (now or before).'),
            404: html('No signup has this token.'),
          },
        },
        delete: {
          operationId: 'cancelSignup',
          summary: 'Cancel a signup; the waitlist moves up in order',
          responses: {
            204: { description: 'Cancelled, now or before.' },
            404: problem('No signup has this token.'),
          },
        },
      },
      '/v1/images': {
        post: {
          operationId: 'uploadImage',
          summary: 'Upload a picture for an event',
          description:
            'The picture file itself is the body, with its type as `Content-Type`; at most ' +
            `${MAX_IMAGE_BYTES / 1024 / 1024} MB, ${MAX_INPUT_PIXELS / 1_000_000} million pixels, and at least ` +
            `${MIN_IMAGE_WIDTH} pixels wide once turned upright. The server keeps WebP renditions ` +
            `${RENDITION_WIDTHS.join(', ')} pixels wide (never enlarged), upright and stripped of all metadata (EXIF, ` +
            'GPS, XMP, IPTC, ICC); never the file. The id is the SHA-256 of the file, so the same file uploaded again ' +
            'is the same picture. An event names it by its absolute URL in `image.url`. A refusal’s ' +
            `\`errors[0].code\` is one of ${IMAGE_PROBLEM_CODES.map((code) => `\`${code}\``).join(', ')}.`,
          security: admin,
          requestBody: {
            required: true,
            content: Object.fromEntries(
              IMAGE_UPLOAD_TYPES.map((type) => [type, { schema: { type: 'string', contentMediaType: type } }]),
            ),
          },
          responses: {
            201: { description: 'Kept.', headers: { Location: { schema: { type: 'string' } } }, content: uploaded },
            200: {
              description: 'The same file was uploaded before: that picture.',
              headers: { Location: { schema: { type: 'string' } } },
              content: uploaded,
            },
            400: problem('Not a picture, damaged or cut short, or too narrow (`errors[0].code` says which).'),
            401: problem('No valid publishing token.'),
            413: problem('Over the size limit, or too many pixels (`too-many-pixels`).'),
            415: problem('The Content-Type is not one of the picture types taken.'),
          },
        },
      },
      '/v1/images/{id}': {
        parameters: [
          {
            name: 'id',
            in: 'path',
            required: true,
            description: 'The picture’s id, as the upload answered.',
            schema: { type: 'string', pattern: '^[0-9a-f]{64}$' },
          },
        ],
        get: {
          operationId: 'getImage',
          summary: 'An uploaded picture, as WebP',
          description:
            'The address never changes content, so it may be kept for a year (`immutable`). Every answer carries ' +
            "`Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'; sandbox`.",
          parameters: [
            {
              name: 'w',
              in: 'query',
              required: false,
              description: `The width in pixels; a picture narrower than that is served at its own width.`,
              schema: { type: 'integer', enum: [...RENDITION_WIDTHS], default: DEFAULT_RENDITION_WIDTH },
            },
          ],
          responses: {
            200: {
              description: 'The picture.',
              headers: { ...cached, 'Content-Security-Policy': { schema: { type: 'string' } } },
              content: { 'image/webp': { schema: { type: 'string', contentMediaType: 'image/webp' } } },
            },
            304: notModified,
            400: problem('`w` is not one of the widths.'),
            404: problem('No picture has that id.'),
          },
        },
      },
      '/v1/images/demo/{file}': {
        parameters: [
          {
            name: 'file',
            in: 'path',
            required: true,
            description: 'A picture’s file name, such as `sankthans.svg`: only those the seeded events name exist.',
            schema: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*\\.svg$' },
          },
        ],
        get: {
          operationId: 'getDemoImage',
          summary: 'A picture of the seeded demo events',
          description:
            'Drawings made for the demo (MIT), served by the feed so the demo needs no other site. The seed’s URLs ' +
            'carry `v`, a hash of the file: that exact URL never changes, so it may be kept for a year ' +
            '(`immutable`); without it, or with an old one, for an hour. Other query parameters are ignored. Every ' +
            "answer carries `Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'; sandbox`, so " +
            'the picture opened on its own can run and load nothing.',
          parameters: [
            {
              name: 'v',
              in: 'query',
              required: false,
              description: 'The file’s version, as the seeded events’ image URLs give it.',
              schema: { type: 'string' },
            },
          ],
          responses: {
            200: {
              description: 'The picture.',
              headers: { ...cached, 'Content-Security-Policy': { schema: { type: 'string' } } },
              content: { 'image/svg+xml': { schema: { type: 'string' } } },
            },
            304: notModified,
            400: problem('The file name holds a NUL character.'),
            404: problem('No demo picture has that name.'),
          },
        },
      },
      '/v1/municipalities': {
        get: {
          operationId: 'listMunicipalities',
          summary: 'The member municipalities',
          responses: {
            200: { description: 'Ids and names.', headers: cached, content: json('MunicipalityList') },
            304: notModified,
          },
        },
      },
      '/v1/categories': {
        get: {
          operationId: 'listCategories',
          summary: 'The event categories',
          responses: {
            200: { description: 'Ids and names.', headers: cached, content: json('CategoryList') },
            304: notModified,
          },
        },
      },
      '/v1/openapi.json': {
        get: {
          operationId: 'getOpenApi',
          summary: 'This document',
          responses: { 200: { description: 'OpenAPI 3.1.', content: { 'application/json': {} } } },
        },
      },
      '/healthz': {
        get: {
          operationId: 'health',
          summary: 'Liveness and database reachability',
          responses: {
            200: { description: 'The server and its database answer.' },
            503: problem('The database does not answer.'),
          },
        },
      },
      ...submissionPaths(),
      ...consolePaths(),
    },
    components: {
      schemas: { ...componentsOf(responseSchemas, 'output'), ...componentsOf(requestSchemas, 'input') },
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'The secretariat’s publishing token.' },
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: '__Host-kultur-session',
          description:
            'A person signed in to the console (`POST /v1/session`). Every change made with it also carries the ' +
            'session’s `csrfToken` in the `X-Kultur-CSRF` header.',
        },
      },
    },
  };
}
