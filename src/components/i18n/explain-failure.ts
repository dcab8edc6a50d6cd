import { isKulturError } from '../../sdk/index.js';
import type { Messages } from './messages.js';

/**
 * Why a load failed, in words for the person at the screen rather than the developer: no connection, the calendar
 * is down, or the event is gone. Anything else gets `fallback`.
 */
export function explainFailure(error: unknown, t: Messages, fallback: string): string {
  if (isKulturError(error, 'KulturNetworkError')) return t.offline;
  if (isKulturError(error, 'KulturTimeoutError')) return t.serverTrouble;
  if (isKulturError(error, 'KulturHttpError')) {
    if (error.status === 404) return t.notFound;
    if (error.status >= 500 || error.status === 429) return t.serverTrouble;
  }
  if (isKulturError(error, 'KulturValidationError')) return t.serverTrouble;
  return fallback;
}
