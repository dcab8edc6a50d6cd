import { css } from 'lit';

/**
 * The subscribe menu's own rules, in its chunk: the listing's styles already give the button, the read-only input and
 * `.visually-hidden`. Sizes in em, colours from the listing's tokens.
 */
export const subscribeStyles = css`
  .subscribe {
    display: grid;
    justify-items: start;
    gap: 0.5em;
  }
  .subscribe-panel {
    display: grid;
    gap: 0.75em;
    max-width: 100%;
    box-sizing: border-box;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_gap) * 0.75) var(--_gap);
  }
  .subscribe-panel[hidden] {
    display: none;
  }
  .subscribe-panel p,
  .subscribe-panel ul {
    margin: 0;
  }
  .subscribe-panel ul {
    padding-inline-start: 1.25em;
    display: grid;
    gap: 0.35em;
  }
  .subscribe-panel a {
    color: var(--_title);
    text-underline-offset: 0.15em;
  }
  .subscribe-panel a.outbound::after {
    /* Seen, not heard: screen readers hear the visually hidden "(opens in a new window)" instead. */
    content: '\\2197' / '';
    display: inline-block;
    margin-inline-start: 0.2em;
  }
  .copy-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .copy-row input {
    flex: 1 1 16em;
    min-width: 0;
  }
`;
