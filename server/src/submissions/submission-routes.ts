import { Hono, type MiddlewareHandler } from 'hono';
import { SubmissionConfirmRequestSchema, SubmissionRequestSchema, type Submitter } from '@kulturregion/kultur/contract';
import { looksLikeSecret, newSecret, secretDigest } from '../accounts/secrets.js';
import type { StoredEventInput } from '../events/event-store.js';
import { cachePolicy } from '../http/cache-policy.js';
import type { ClientAddress } from '../http/client-address.js';
import { readJsonBody } from '../http/json-body.js';
import { methodNotAllowed } from '../http/method-not-allowed.js';
import { ProblemError } from '../http/problem.js';
import { newEventId } from '../publishing/event-id.js';
import { RateLimiter, rateLimit } from '../signups/rate-limit.js';
import type { WorkbenchStore } from '../workbench/workbench-store.js';
import {
  CONFIRM_SCRIPT,
  CONFIRM_SCRIPT_PATH,
  confirmPageHeaders,
  confirmSubmissionPage,
  confirmedPage,
  unknownLinkPage,
} from './confirm-page.js';
import { FORM_MAX_AGE_MS, FORM_MIN_AGE_MS, FormTokens } from './form-token.js';
import { CONFIRM_LINK_MS, CONFIRM_PATH, confirmationMessage } from './submission-mails.js';
import { submissionFieldsOf } from './submission-fields.js';
import type { SubmissionStore } from './submission-store.js';

export const SUBMISSIONS_PATH = '/v1/submissions';
export const FORM_TOKEN_PATH = '/v1/submissions/form-token';

/** Submissions per minute from one client address (`submissionRate` changes it; 0 turns it off). */
export const SUBMISSION_RATE = 5;
/** Confirmation mails waiting at one address within `WAITING_WINDOW_MS`; more are refused until one is used. */
export const WAITING_PER_ADDRESS = 3;
export const WAITING_WINDOW_MS = 60 * 60_000;

export interface SubmissionRouteOptions {
  /** Read at each call: the storage may still be opening when the routes are made. */
  storage: { readonly submissions: SubmissionStore; readonly workbench: WorkbenchStore };
  now: () => Date;
  /**
   * Where the server is reached from outside (`messages/message-links.ts`): the confirmation link starts with it and
   * never with anything a request carries. Without it, submissions are refused: the link could not be made.
   */
  linkBase: () => string | undefined;
  clientAddress: ClientAddress;
  /** Submissions per minute per client address; 0 turns the limit off. */
  submissionRate: number;
  onMessagesQueued: () => void;
}

/**
 * Events sent in by cultural actors without an account (`<kultur-submit>`):
 *
 * - `GET /v1/submissions/form-token`: the time trap, a signed moment the form carries back.
 * - `POST /v1/submissions`: keeps the event as unconfirmed and mails its sender a single-use link (202).
 * - `GET /v1/submissions/confirm`: the link's page, whose button posts the code from the link's fragment.
 * - `POST /v1/submissions/confirm`: spends the code; the event becomes a draft waiting for approval in the console's
 *   queue of its municipality. A form post is answered with a page, JSON with JSON.
 */
export function submissionRoutes(options: SubmissionRouteOptions): Hono {
  const { storage, now, linkBase, onMessagesQueued } = options;
  const app = new Hono();
  let key: Promise<string> | undefined;
  const tokens = new FormTokens(() => {
    key ??= storage.submissions.formKey(newSecret());
    // A failed read is tried again at the next request rather than remembered.
    key.catch(() => (key = undefined));
    return key;
  });
  const limiter = new RateLimiter(options.submissionRate, () => now().getTime());
  const limited: MiddlewareHandler =
    options.submissionRate > 0 ? rateLimit(limiter, options.clientAddress, 'submitted events') : (_c, next) => next();

  /** The start of the confirmation link, or the refusal that names the fix. */
  const base = (): string => {
    const found = linkBase()?.replace(/\/+$/, '');
    if (!found) {
      throw new ProblemError(
        403,
        'submissions-off',
        'This feed takes no submitted events: the confirmation link needs the address people reach the feed at. ' +
          "The feed's operator sets it with --public-url (KULTUR_PUBLIC_URL).",
      );
    }
    return found;
  };

  app.get(FORM_TOKEN_PATH, async (c) => {
    base();
    const at = now();
    c.header('cache-control', cachePolicy.none);
    return c.json({
      token: await tokens.issue(at),
      usableFrom: new Date(at.getTime() + FORM_MIN_AGE_MS).toISOString(),
      expiresAt: new Date(at.getTime() + FORM_MAX_AGE_MS).toISOString(),
    });
  });

  app.post(SUBMISSIONS_PATH, limited, async (c) => {
    const linkStart = base();
    const request = await readJsonBody(c, SubmissionRequestSchema, submissionFieldsOf);
    const at = now();
    await refuseToken(tokens, request.formToken, at);
    const email = request.submitter.email.toLowerCase();
    const waiting = await storage.submissions.countWaiting(email, new Date(at.getTime() - WAITING_WINDOW_MS));
    if (waiting >= WAITING_PER_ADDRESS) {
      throw new ProblemError(
        429,
        'too-many-requests',
        `${WAITING_PER_ADDRESS} confirmation mails to this address wait to be used already; use the link in one of ` +
          'them, or send the event again in an hour.',
        { headers: { 'retry-after': String(WAITING_WINDOW_MS / 1000) } },
      );
    }
    const { event, submitter } = request;
    const input: StoredEventInput = {
      ...event,
      id: newEventId(event.title, event.start),
      status: 'scheduled',
      signup: null,
    };
    const secret = newSecret();
    const expiresAt = new Date(at.getTime() + CONFIRM_LINK_MS);
    await storage.submissions.addSubmission(
      {
        digest: secretDigest(secret),
        input,
        submitter: withoutEmpty(submitter),
        expiresAt,
        // To the address given and no other: the only person this text may reach is the one who wrote it.
        message: confirmationMessage(submitter.email, event, secret, linkStart),
      },
      at,
    );
    onMessagesQueued();
    c.header('cache-control', cachePolicy.none);
    return c.json({ status: 'confirmation-sent', expiresAt: expiresAt.toISOString() }, 202);
  });

  app.get(CONFIRM_PATH, (c) => c.body(confirmSubmissionPage(), 200, confirmPageHeaders));

  app.get(CONFIRM_SCRIPT_PATH, (c) =>
    c.body(CONFIRM_SCRIPT, 200, {
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': cachePolicy.reference,
    }),
  );

  // No limit here: a guess at a 256-bit secret costs nothing to refuse and never succeeds.
  app.post(CONFIRM_PATH, async (c) => {
    const asPage = /^application\/x-www-form-urlencoded\s*(;|$)/i.test(c.req.header('content-type') ?? '');
    if (asPage) {
      const form = await c.req.parseBody();
      const code = typeof form.code === 'string' ? form.code.trim() : '';
      const confirmed = await confirm(code);
      return c.body(confirmed ? confirmedPage() : unknownLinkPage(), confirmed ? 200 : 400, confirmPageHeaders);
    }
    const { code } = await readJsonBody(c, SubmissionConfirmRequestSchema);
    if (!(await confirm(code))) {
      throw new ProblemError(
        400,
        'submission-link-invalid',
        'The confirmation link or code is not valid: it works once, for 24 hours. If it was used, the event waits ' +
          'for approval already; otherwise send the event in again.',
        { errors: [{ path: 'code', message: 'unknown, used or expired' }] },
      );
    }
    c.header('cache-control', cachePolicy.none);
    return c.json({ status: 'pending-approval' });
  });

  /** Turns the submission into a draft waiting for approval; false when the code is unknown, used or run out. */
  async function confirm(code: string): Promise<boolean> {
    if (!looksLikeSecret(code)) return false;
    const digest = secretDigest(code);
    const at = now();
    const pending = await storage.submissions.findSubmission(digest, at);
    if (!pending) return false;
    const { input, submitter } = pending;
    const created = await storage.workbench.createEvents(
      [{ input, owner: null, seriesId: null, submitted: true, submitter }],
      { who: submitter.email, action: 'submitted', summary: null },
      at,
      false,
    );
    // Taken: a second press at the same moment made the draft already (its id was chosen when the event was sent).
    if (!created && (await storage.workbench.findEvent(input.id))?.submitter?.email !== submitter.email) {
      throw new ProblemError(409, 'conflict', 'The event could not be kept under its id; send it in again.');
    }
    await storage.submissions.removeSubmission(digest);
    return true;
  }

  app.all(FORM_TOKEN_PATH, methodNotAllowed(['GET']));
  app.all(SUBMISSIONS_PATH, methodNotAllowed(['POST']));
  app.all(CONFIRM_PATH, methodNotAllowed(['GET', 'POST']));
  app.all(CONFIRM_SCRIPT_PATH, methodNotAllowed(['GET']));
  return app;
}

/** Refuses a form whose time trap says a robot sent it, or that lay open for more than a day. */
async function refuseToken(tokens: FormTokens, token: string, at: Date): Promise<void> {
  const check = await tokens.check(token, at);
  const errors = (message: string) => [{ path: 'formToken', message }];
  switch (check.kind) {
    case 'fine':
      return;
    case 'forged':
      throw new ProblemError(
        400,
        'form-token-invalid',
        'formToken was not made by this feed; fetch one from GET /v1/submissions/form-token when the form is shown.',
        { errors: errors('not made by this feed') },
      );
    case 'expired':
      throw new ProblemError(
        400,
        'form-token-invalid',
        'The form was shown more than a day ago; reload the page and send it again.',
        { errors: errors('older than a day') },
      );
    case 'too-soon': {
      const wait = Math.max(1, Math.ceil(check.waitMs / 1000));
      throw new ProblemError(
        400,
        'form-sent-too-soon',
        `The form was sent within seconds of being shown, as robots do; wait ${wait} second${wait === 1 ? '' : 's'} ` +
          'and send it again.',
        { errors: errors('sent too soon after the form was shown'), headers: { 'retry-after': String(wait) } },
      );
    }
  }
}

/** The sender without an empty phone, as kept. */
function withoutEmpty(submitter: Submitter): Submitter {
  return submitter.phone ? submitter : { name: submitter.name, email: submitter.email };
}
