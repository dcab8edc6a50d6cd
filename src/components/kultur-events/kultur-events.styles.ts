import { css } from 'lit';

/**
 * Where the listing's text takes its colours from the page's tokens, and which tokens those are: checked once, on the
 * first listing (KulturElement.checkContrastOnce), so the webmaster hears of text too faint to read.
 */
export const contrastChecks = {
  '.title-control': '--kultur-events-title-color (or --kultur-color-accent)',
  '.summary': '--kultur-color-text on --kultur-events-item-background (or --kultur-color-surface)',
  '.meta': '--kultur-color-text-muted on --kultur-events-item-background (or --kultur-color-surface)',
  '.button':
    '--kultur-events-button-color on --kultur-events-button-background (or --kultur-color-on-accent on --kultur-color-accent)',
  '.badge': '--kultur-color-on-accent on --kultur-events-badge-background (or --kultur-color-danger)',
};

/** Sizes in em so the listing follows the host page's text size; colours from role tokens with safe defaults. */
export const styles = css`
  :host {
    display: block;
    --_gap: var(--kultur-events-gap, var(--_space));
    --_surface: var(--kultur-events-item-background, var(--_color-surface));
    --_border: var(--kultur-events-item-border, var(--_color-border));
    --_bone-color: var(--_border);
    --_title: var(--kultur-events-title-color, var(--_color-accent));
    --_button-background: var(--kultur-events-button-background, var(--_color-accent));
    --_button-color: var(--kultur-events-button-color, var(--_color-on-accent));
    --_badge-background: var(--kultur-events-badge-background, var(--_color-danger));
  }
  .base {
    display: grid;
    /* minmax(0, …): a wide control never pushes the listing past a 320 px column. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_gap);
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_gap) / 2) var(--_gap);
    align-items: end;
  }
  .field {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.25em;
  }
  .field label {
    font-weight: 600;
  }
  .field-search {
    min-width: 0;
    flex: 1 1 14em;
  }
  .search-row {
    display: flex;
    gap: 0.5em;
  }
  .search-row input {
    flex: 1 1 auto;
    width: 100%;
    min-width: 0;
  }
  select,
  input {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.4em 0.5em;
    min-height: 2.75em;
  }
  .more {
    justify-self: start;
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_gap);
  }
  .layout-grid {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16em), 1fr));
  }
  .layout-compact {
    gap: 0;
  }
  .item {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_gap) * 0.75) var(--_gap);
  }
  /* A row off screen is laid out and painted only when it comes near the viewport, at its last known size (or the
     estimate): a long list then costs each frame the rows it adds, not all it holds. Not for compact lines: their
     padding is too narrow for the focus outline that paint containment would clip. */
  .layout-list > .item,
  .layout-grid > .item {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 10em;
  }
  /* A card with its picture is taller than a row: an estimate short of it let the skipped cards' contents, laid out
     when a tool measures them, overlap the next card (Lighthouse's target-size on a phone). */
  .layout-grid > .item {
    contain-intrinsic-block-size: auto 28em;
  }
  .layout-compact .item {
    border-width: 0 0 1px;
    border-radius: 0;
    padding: 0.5em 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    align-items: baseline;
  }
  .layout-compact time {
    font-variant-numeric: tabular-nums;
    min-width: 4.5em;
    color: var(--_color-text-muted);
  }
  .compact-place {
    color: var(--_color-text-muted);
  }
  article {
    display: grid;
    gap: 0.35em;
  }
  .title {
    font-size: 1.15em;
    font-weight: 700;
    line-height: 1.3;
    margin: 0;
  }
  .layout-compact .title {
    font-size: 1em;
    flex: 1 1 12em;
  }
  .title-control {
    all: unset;
    cursor: pointer;
    color: var(--_title);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  /* A target at least 24 px tall however small the theme's type (axe's target-size, WCAG 2.2's 24 CSS px: Lighthouse
     measured 23.9 px in Guldborgsund's cards). The padding grows what a pointer hits; the negative margin takes it back
     from the line, since a button is laid out as an inline block even when unset: the row keeps its height, which its
     skeleton row holds. A compact line is tall enough around its title. */
  .layout-list .title-control,
  .layout-grid .title-control {
    padding-block: 0.125em;
    margin-block: -0.125em;
  }
  .title-control:hover {
    text-decoration-thickness: 0.15em;
  }
  .title-control:focus-visible {
    outline: 3px solid var(--_color-focus);
    outline-offset: 2px;
  }
  .image {
    width: 100%;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    border-radius: var(--_radius);
    order: -1;
    background: var(--_border);
  }
  p {
    margin: 0;
  }
  .meta {
    display: grid;
    color: var(--_color-text-muted);
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    color: var(--_color-text-muted);
    font-size: 0.95em;
  }
  .badges {
    display: flex;
    gap: 0.5em;
  }
  .badge {
    display: inline-block;
    padding: 0.1em 0.5em;
    border-radius: var(--_radius);
    background: var(--_badge-background);
    color: var(--_color-on-accent);
    font-size: 0.875em;
    font-weight: 600;
  }
  .message {
    display: grid;
    gap: 0.75em;
    justify-items: start;
    padding: var(--_gap);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .message.error {
    border-color: var(--_color-danger);
  }
  .skeleton .image {
    opacity: 0.25;
  }
  .dialog {
    width: min(48em, calc(100vw - 2em));
    max-height: calc(100vh - 2em);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_gap);
    background: var(--_surface);
    color: inherit;
  }
  .dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  .close {
    float: right;
  }
`;
