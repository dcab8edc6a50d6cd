import { css } from 'lit';

/**
 * The console's forms and lists, shared by its elements: labels that stay visible, hints under labels, an error
 * summary at the top, one question a line, large enough targets, and nothing wider than a 320 px screen.
 */
export const consoleStyles = css`
  :host {
    display: block;
  }
  h1,
  h2,
  h3 {
    line-height: 1.25;
    margin: 1em 0 0.5em;
  }
  h1:focus,
  h2:focus {
    outline: none;
  }
  h1:focus-visible,
  h2:focus-visible {
    outline: 3px solid var(--_color-focus);
  }
  a {
    color: var(--_color-accent);
  }
  form,
  fieldset {
    max-width: 40em;
  }
  fieldset {
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    margin: 0 0 1.5em;
    padding: 0.75em 1em 1em;
    min-width: 0;
  }
  legend {
    font-weight: 600;
    padding: 0 0.25em;
  }
  .field {
    margin: 0 0 1em;
  }
  .field > label,
  .label {
    display: block;
    font-weight: 600;
  }
  .hint {
    display: block;
    color: var(--_color-text-muted);
    font-size: 0.9em;
  }
  .error {
    display: block;
    color: var(--_color-danger);
    font-weight: 600;
  }
  input[type='text'],
  input[type='email'],
  input[type='url'],
  input[type='date'],
  input[type='time'],
  input[type='number'],
  input[type='search'],
  select,
  textarea {
    box-sizing: border-box;
    display: block;
    width: 100%;
    max-width: 100%;
    font: inherit;
    padding: 0.4em 0.5em;
    margin-top: 0.25em;
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
  }
  input[type='number'],
  input[type='date'],
  input[type='time'] {
    max-width: 12em;
  }
  [aria-invalid='true'] {
    border-color: var(--_color-danger);
  }
  textarea {
    min-height: 6em;
  }
  .choice {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
    margin: 0.35em 0;
  }
  .choice input {
    width: 1.25em;
    height: 1.25em;
    margin: 0.15em 0 0;
    flex: none;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
  }
  button {
    font: inherit;
    min-height: 2.75em;
    padding: 0.4em 1em;
    border-radius: var(--_radius);
    border: 2px solid var(--_color-accent);
    background: var(--_color-accent);
    color: var(--_color-on-accent);
    cursor: pointer;
  }
  button.secondary {
    background: var(--_color-surface);
    color: var(--_color-accent);
  }
  button.danger {
    background: var(--_color-surface);
    color: var(--_color-danger);
    border-color: var(--_color-danger);
  }
  button[disabled] {
    opacity: 0.6;
    cursor: default;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 1em 0;
  }
  .error-summary {
    border: 4px solid var(--_color-danger);
    padding: 0.75em 1em;
    margin: 0 0 1.5em;
    max-width: 40em;
  }
  .error-summary h2 {
    margin-top: 0;
    font-size: 1.2em;
  }
  .error-summary a {
    color: var(--_color-danger);
    font-weight: 600;
  }
  .notice {
    border-left: 4px solid var(--_color-accent);
    padding: 0.5em 1em;
    margin: 1em 0;
    max-width: 40em;
  }
  .badge {
    display: inline-block;
    font-size: 0.85em;
    padding: 0 0.4em;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
  }
  ul.plain {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    text-align: left;
    padding: 0.4em 0.5em;
    border-bottom: 1px solid var(--_color-border);
    vertical-align: top;
    overflow-wrap: anywhere;
  }
`;
