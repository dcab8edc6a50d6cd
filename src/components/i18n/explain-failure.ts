import type { FailureKind } from '../../sdk/index.js';
import type { SharedTexts } from './shared-texts.js';

/**
 * Why a call failed, in words for the person at the screen rather than the developer: their connection, the calendar
 * out of reach, slow, set up wrong on this page, answering nonsense, failing, or the event gone. A refusal reads as a
 * page set up wrong (the page's attributes asked for something the feed refuses); a bug gets no reason at all.
 */
export function explainFailure(kind: FailureKind, t: SharedTexts): string {
  return kind === 'other' ? '' : t[kind === 'busy' ? 'server' : kind === 'refused' ? 'wrong-address' : kind];
}
