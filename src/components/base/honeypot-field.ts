import { html, type TemplateResult } from 'lit';

/**
 * A field people never see and robots fill in, named `website`: any value in it makes the feed refuse the form. Out of
 * sight (the forms' `.honeypot` style clips it), out of the accessibility tree and out of the tab order; `id` is the
 * control's id in its form.
 */
export function honeypotField(id: string): TemplateResult {
  return html`<div class="honeypot" aria-hidden="true">
    <label for=${id}>Website</label>
    <input id=${id} name="website" type="text" tabindex="-1" autocomplete="off" />
  </div>`;
}
