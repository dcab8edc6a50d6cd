import type { EventQuery, KulturEvent } from '../../sdk/index.js';

/** The `detail` of `kultur-events-loaded`: what the listing shows now and what this load added. */
export interface KulturEventsLoadedDetail {
  /** Every event the listing now shows, the new page included. */
  readonly items: readonly KulturEvent[];
  /** The events this load added: the first page, or the page "Vis flere" fetched. */
  readonly added: readonly KulturEvent[];
  /** Whether another page exists. */
  readonly hasMore: boolean;
  /** The query the page was fetched with. */
  readonly query: EventQuery;
}

/** `<kultur-events>` has shown a page of events. */
export class KulturEventsLoadedEvent extends Event {
  static readonly type = 'kultur-events-loaded';
  readonly detail: KulturEventsLoadedDetail;

  constructor(detail: KulturEventsLoadedDetail) {
    super(KulturEventsLoadedEvent.type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kultur-events-loaded': KulturEventsLoadedEvent;
  }
}
