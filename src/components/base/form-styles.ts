import { css } from 'lit';

/**
 * The look of the elements' forms (`<kultur-signup>`, `<kultur-submit>`): fields, error summary, messages, the
 * honeypot. Each element maps its own tokens onto the private `--_gap`, `--_field-background`, `--_field-border`,
 * `--_button-background`, `--_button-color`, `--_error` and `--_success` on `:host`. Sizes in em, so a form follows the
 * host page's text size.
 */
export const formStyles = css`
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
  .answer-title {
    font-weight: 700;
    font-size: 1.25em;
  }
`;
