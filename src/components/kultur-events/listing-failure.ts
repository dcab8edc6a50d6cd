import type { FailureKind } from '../../sdk/index.js';
import { explainFailure } from '../i18n/explain-failure.js';
import type { SharedTexts } from '../i18n/shared-texts.js';

/** The feed is down, whatever way it shows it: no answer, no answer in time, a failure, too busy to answer. */
const FEED_DOWN: readonly FailureKind[] = ['unreachable', 'timeout', 'server', 'busy'];

/**
 * What the listing tells the visitor when it could not load. With an earlier listing `kept` on screen, that it is the
 * last one fetched, and why. Without one, when the feed is down, only that the calendar cannot be fetched right now:
 * nothing the visitor did, and nothing the visitor can mend; when the visitor is offline (`navigator.onLine` is
 * false), that their connection is the trouble; otherwise the reason in the shared words.
 */
export function listingFailure(kind: FailureKind, kept: boolean, t: SharedTexts): string {
  if (!kept && FEED_DOWN.includes(kind)) return t.feedDown;
  return `${kept ? t.failedKeptOld : t.failed} ${explainFailure(kind, t)}`.trim();
}
