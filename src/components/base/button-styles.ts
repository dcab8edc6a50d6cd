import { css } from 'lit';

/**
 * The buttons every element draws: the host page's font, a target of at least 44 px at the default size, and the
 * colours the element's `--_button-background` and `--_button-color` give (each from its own component tokens). An
 * element adds its own placement, and may change padding and weight after these.
 */
export const buttonStyles = css`
  .button {
    font: inherit;
    cursor: pointer;
    min-height: 2.75em;
    padding: 0.4em 1em;
    border-radius: var(--_radius);
    border: 1px solid var(--_button-background);
    background: var(--_button-background);
    color: var(--_button-color);
    font-weight: 600;
  }
  .button[disabled] {
    cursor: progress;
    opacity: 0.7;
  }
`;
