import { html, type TemplateResult } from 'lit';

/**
 * A link that leaves the host page. It opens in a new window so the municipal page stays where the person left it;
 * `rel="noopener noreferrer"` keeps the opened page from reaching back into the host page. The visible arrow comes
 * from CSS (hidden from assistive technology); `opensNewWindow` ("(åbner i nyt vindue)") is said instead.
 */
export function outboundLink(href: string, content: unknown, opensNewWindow: string): TemplateResult {
  return html`<a class="outbound" href=${href} target="_blank" rel="noopener noreferrer"
    >${content}<span class="visually-hidden"> ${opensNewWindow}</span></a
  >`;
}
