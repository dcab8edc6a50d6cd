import { css } from 'lit';

/**
 * Where the form's text takes its colours from the page's tokens, and which tokens those are: checked once, when the
 * first form is shown (KulturElement.checkContrastOnce), so the webmaster hears of text too faint to read.
 */
export const contrastChecks = {
  '.submit':
    '--kultur-signup-button-color on --kultur-signup-button-background (or --kultur-color-on-accent on --kultur-color-accent)',
};

/** Sizes in em so the form follows the host page's text size; colours from role tokens with safe defaults. */
export const styles = css`
  :host {
    display: block;
    --_gap: var(--kultur-signup-gap, var(--_space));
    --_field-background: var(--kultur-signup-field-background, var(--_color-surface));
    --_field-border: var(--kultur-signup-field-border, var(--_color-border));
    --_bone-color: var(--_field-border);
    --_button-background: var(--kultur-signup-button-background, var(--_color-accent));
    --_button-color: var(--kultur-signup-button-color, var(--_color-on-accent));
    --_error: var(--kultur-signup-error-color, var(--_color-danger));
    --_success: var(--kultur-signup-success-color, var(--_color-success));
  }
  .base {
    display: grid;
    gap: var(--_gap);
  }
  p {
    margin: 0;
  }
  .form {
    display: grid;
    gap: var(--_gap);
    max-width: 36em;
  }
  .field {
    display: grid;
    gap: 0.25em;
  }
  label {
    font-weight: 600;
  }
  .optional,
  .hint {
    font-weight: 400;
    color: var(--_color-text-muted);
  }
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    background: var(--_field-background);
    border: 1px solid var(--_field-border);
    border-radius: var(--_radius);
    padding: 0.4em 0.5em;
    min-height: 2.75em;
    width: 100%;
  }
  textarea {
    min-height: 5.5em;
    resize: vertical;
  }
  [aria-invalid='true'] {
    border: 2px solid var(--_error);
  }
  .field-error {
    color: var(--_error);
    font-weight: 600;
  }
  .consent-row {
    display: flex;
    gap: 0.75em;
    align-items: flex-start;
    min-height: 2.75em;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  legend {
    font-weight: 600;
    padding: 0;
    margin-bottom: 0.25em;
  }
  .choice-row {
    display: flex;
    gap: 0.75em;
    align-items: center;
    min-height: 2.75em;
  }
  .choice-row input,
  .consent-row input {
    flex: none;
    width: 1.5em;
    height: 1.5em;
    min-height: 0;
    margin: 0.125em 0 0;
    padding: 0;
  }
  .consent .hint a {
    color: inherit;
  }
  .honeypot {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* After buttonStyles: wider, and as wide as their text in the form's grid. */
  .button {
    padding: 0.4em 1.25em;
    justify-self: start;
  }
  .error-summary {
    border: 3px solid var(--_error);
    border-radius: var(--_radius);
    padding: calc(var(--_gap) * 0.75) var(--_gap);
  }
  .summary-title {
    font-weight: 700;
    font-size: 1.125em;
  }
  .error-summary ul {
    margin: 0.5em 0 0;
    padding-left: 1.25em;
  }
  .error-summary a {
    color: var(--_error);
    font-weight: 600;
  }
  .message {
    display: grid;
    gap: 0.5em;
    padding: calc(var(--_gap) * 0.75) var(--_gap);
    border-left: 0.3em solid var(--_field-border);
    background: var(--_field-background);
  }
  .message.error {
    border-left-color: var(--_error);
  }
  .answer.confirmed {
    border-left-color: var(--_success);
  }
  .answer.waitlisted {
    border-left-color: var(--_button-background);
  }
  /* The loading form: bones (boneStyles) for its lines of text; the boxes take the sizes of the controls they stand
     for. */
  .skeleton .input,
  .skeleton .button {
    display: block;
    min-height: 2.75em;
    border: 1px solid var(--_field-border);
    border-radius: var(--_radius);
    opacity: 0.25;
  }
  .skeleton .consent-row .input {
    flex: none;
    width: 1.5em;
    min-height: 1.5em;
    margin-top: 0.125em;
  }
  .skeleton .button {
    width: 10em;
    background: var(--_button-background);
  }
  .answer-title {
    font-weight: 700;
    font-size: 1.25em;
  }
`;
