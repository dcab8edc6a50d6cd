import { html, type TemplateResult } from 'lit';
import type { KulturClient, KulturEvent } from '../../sdk/index.js';
import { requestElement } from '../base/element-loader.js';
import { KulturEventSelectEvent } from '../events/kultur-event-select-event.js';
import type { Language } from '../i18n/language.js';
// Types only: the dialog's <kultur-event> is loaded when first opened (a chunk of its own in the CDN bundle).
import type {} from '../kultur-event/kultur-event.js';

type EventDetail = HTMLElementTagNameMap['kultur-event'];

/**
 * The `<kultur-event>` the dialog shows for `item`: `kept` while it shows that event already, so it is not loaded
 * again, else a new one. Made with createElement rather than written into a template: in the CDN bundle its code is a
 * chunk loaded when first opened, so this module must not import it.
 */
export function eventDetail(
  kept: EventDetail | undefined,
  item: KulturEvent,
  language: Language,
  client: KulturClient,
): EventDetail {
  let detail = kept;
  if (detail?.getAttribute('event-id') !== item.id) {
    detail = document.createElement('kultur-event');
    detail.setAttribute('event-id', item.id);
  }
  detail.setAttribute('lang', language);
  detail.client = client;
  return detail;
}

/**
 * Tells the page that `item` was activated (`kultur-event-select` from `host`, cancelable) and says whether to show it
 * in the dialog: not when the page prevented that (the link does not navigate either), nor when the link goes to the
 * event's page at `url`. Asks for `<kultur-event>`'s code when the dialog is to show.
 */
export function selectsInline(host: Element, event: MouseEvent, item: KulturEvent, url: string | undefined): boolean {
  const select = new KulturEventSelectEvent(item, url);
  host.dispatchEvent(select);
  if (select.defaultPrevented || !url) event.preventDefault();
  if (select.defaultPrevented || url) return false;
  requestElement('kultur-event');
  return true;
}

/** The dialog that shows one event inline: `detail`, and a button labelled `close` that closes it. */
export function eventDialog(
  item: KulturEvent,
  detail: EventDetail,
  close: string,
  onClose: () => void,
  onCloseButton: () => void,
): TemplateResult {
  return html`
    <dialog part="dialog" class="dialog" aria-label=${item.title} @close=${onClose}>
      <button class="button close" type="button" @click=${onCloseButton}>${close}</button>
      ${detail}
    </dialog>
  `;
}
