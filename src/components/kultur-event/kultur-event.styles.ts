import { css } from 'lit';

/**
 * Where the event's text takes its colours from the page's tokens, and which tokens those are: checked once, when the
 * first event is shown (KulturElement.checkContrastOnce), so the webmaster hears of text too faint to read.
 */
export const contrastChecks = {
  '[part~="title"]': '--kultur-event-title-color (or --kultur-color-text)',
  a: '--kultur-event-link-color (or --kultur-color-accent)',
  dt: '--kultur-event-label-color (or --kultur-color-text-muted)',
  '[part~="share"] button':
    '--kultur-event-button-color on --kultur-event-button-background (or --kultur-color-on-accent on --kultur-color-accent)',
};

/** Sizes in em so the event follows the host page's text size; colours from role tokens with safe defaults. */
export const styles = css`
  :host {
    display: block;
    /* Component tokens over the role tokens that KulturElement.baseStyles reads into --_color-*, --_space, --_radius. */
    --_gap: var(--kultur-event-gap, var(--_space));
    --_padding: var(--kultur-event-padding, 0);
    --_corner: var(--kultur-event-radius, var(--_radius));
    --_background: var(--kultur-event-background, transparent);
    --_border: var(--kultur-event-border, var(--_color-border));
    --_title-color: var(--kultur-event-title-color, var(--_color-text));
    --_title-size: var(--kultur-event-title-font-size, 1.5em);
    --_label-color: var(--kultur-event-label-color, var(--_color-text-muted));
    --_link-color: var(--kultur-event-link-color, var(--_color-accent));
    --_button-background: var(--kultur-event-button-background, var(--_color-accent));
    --_button-color: var(--kultur-event-button-color, var(--_color-on-accent));
    --_status-background: var(--kultur-event-status-background, var(--_color-danger));
    --_status-color: var(--kultur-event-status-color, #ffffff);
    --_skeleton: var(--kultur-event-skeleton-color, color-mix(in srgb, var(--_color-border) 35%, transparent));
  }

  .base {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
    padding: var(--_padding);
    background: var(--_background);
    border-radius: var(--_corner);
  }

  p,
  dl,
  dd,
  ul {
    margin: 0;
  }

  a {
    color: var(--_link-color);
    text-decoration-thickness: 0.08em;
    text-underline-offset: 0.15em;
  }

  a.outbound::after {
    /* A visible cue for sighted readers; the alternative text after the slash keeps it silent for screen readers,
       which hear the visually hidden "(opens in a new window)" instead. */
    content: '\\2197' / '';
    display: inline-block;
    margin-inline-start: 0.2em;
    text-decoration: none;
  }

  .title {
    margin: 0;
    color: var(--_title-color);
    font-size: var(--_title-size);
    font-weight: 700;
    line-height: 1.2;
    overflow-wrap: anywhere;
  }

  /* Focused by script after a retry or focus(); the ring shows when the keyboard is in use (baseStyles). */
  .title:focus:not(:focus-visible) {
    outline: none;
  }

  .status {
    align-self: flex-start;
    padding: 0.15em 0.6em;
    border-radius: var(--_corner);
    background: var(--_status-background);
    color: var(--_status-color);
    font-weight: 700;
  }

  .image {
    display: block;
    width: 100%;
    max-width: 40em;
    height: auto;
    aspect-ratio: 3 / 2;
    object-fit: cover;
    border-radius: var(--_corner);
  }

  .summary {
    font-size: 1.1em;
  }

  .facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: calc(var(--_gap) / 2) var(--_gap);
  }

  .facts > div {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
  }

  dt {
    color: var(--_label-color);
    font-weight: 700;
  }

  dd {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    overflow-wrap: anywhere;
  }

  .description {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_gap) * 0.75);
    overflow-wrap: anywhere;
  }

  .description p {
    white-space: pre-line;
  }

  .section-title {
    margin: 0 0 0.4em;
    font-size: 1.1em;
    font-weight: 700;
  }

  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.5em;
    padding: 0;
    list-style: none;
  }

  /* After buttonStyles: the event's buttons are bolder, with its own corners and no visible edge. */
  .button {
    display: inline-flex;
    align-items: center;
    padding: 0.5em 1.1em;
    border: 0.0625em solid transparent;
    border-radius: var(--_corner);
    font-weight: 700;
    text-decoration: none;
  }

  .share {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }

  .message {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.75em;
    padding: var(--_gap);
    border: 0.0625em solid var(--_border);
    border-inline-start: 0.3em solid var(--_status-background);
    border-radius: var(--_corner);
  }

  .skeleton .bone {
    display: block;
    height: 1em;
    border-radius: var(--_corner);
    background: var(--_skeleton);
  }

  .skeleton .bone.title-bone {
    width: 60%;
    height: 1.8em;
  }

  .skeleton .bone.image-bone {
    width: 100%;
    max-width: 40em;
    height: auto;
    aspect-ratio: 3 / 2;
  }

  .skeleton .bone.short {
    width: 40%;
  }

  .skeleton .lines {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }

  /* Drawn only once loading has taken longer than a moment, and held hidden till then, as the listing's outline
     (bone-styles.ts says why). Each bone, not the card: the card's background stays, and so does its status line, which
     says what is loading. The bones pulse one by one, in step. */
  .skeleton .bone {
    visibility: hidden;
    animation:
      reveal 0s 0.2s forwards,
      pulse 1.5s ease-in-out 0.2s infinite;
  }
  /* baseStyles stops every animation for people who prefer reduced motion: theirs show at once, still. */
  @media (prefers-reduced-motion: reduce) {
    .skeleton .bone {
      visibility: visible;
    }
  }
  @keyframes reveal {
    to {
      visibility: visible;
    }
  }

  @keyframes pulse {
    50% {
      opacity: 0.5;
    }
  }
`;
