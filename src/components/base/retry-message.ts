import { html, type TemplateResult } from 'lit';

/**
 * A failure in words and the button that tries again: the `message` and `retry-button` parts an element shows when a
 * call to the feed failed, said at once (`role="alert"`).
 */
export function retryMessage(text: string, retry: string, onRetry: () => void): TemplateResult {
  return html`<div part="message" class="message error" role="alert">
    <p>${text}</p>
    <button part="retry-button" class="button" type="button" @click=${onRetry}>${retry}</button>
  </div>`;
}
