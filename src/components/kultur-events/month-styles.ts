import { css } from 'lit';

/**
 * The month view's own styles, on top of the listing's (kultur-events.styles.ts gives the titles, badges, messages,
 * compact lines and dialogs). The same tokens: cells take the events' background and border, today the accent.
 * Sizes in em, never rem.
 */
export const monthStyles = css`
  :host {
    display: block;
  }
  .month {
    position: relative;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_gap);
  }
  .sizer {
    position: absolute;
    inset-inline: 0;
    height: 0;
  }
  .month-nav {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.5em;
  }
  .month-title {
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
    text-align: start;
    padding-block-end: 0.5em;
  }
  .calendar {
    width: 100%;
    table-layout: fixed;
    border-collapse: collapse;
  }
  th {
    font-weight: 600;
    padding: 0.25em;
    text-align: start;
    color: var(--_color-text-muted);
  }
  td {
    vertical-align: top;
    border: 1px solid var(--_border);
    background: var(--_surface);
    padding: 0.25em;
    height: 7em;
  }
  td.outside {
    background: transparent;
  }
  .day-button {
    font: inherit;
    color: inherit;
    background: transparent;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    cursor: pointer;
    min-width: 2.25em;
    min-height: 2.25em;
    font-weight: 600;
  }
  .today .day-button {
    background: var(--_button-background);
    color: var(--_button-color);
  }
  .day.today {
    box-shadow: inset 0 0 0 2px var(--_color-accent);
  }
  .day-events {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.25em;
    font-size: 0.875em;
    line-height: 1.3;
  }
  .day-event {
    overflow-wrap: anywhere;
  }
  .day-event .title-control {
    display: inline-block;
    min-height: 1.5em;
  }
  .when {
    color: var(--_color-text-muted);
    font-variant-numeric: tabular-nums;
    margin-inline-end: 0.25em;
  }
  .day-event .badge {
    font-size: 0.8em;
  }
  .day-more {
    font: inherit;
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_title);
    background: transparent;
    border: 0;
    padding: 0.25em 0;
    min-height: 2em;
    cursor: pointer;
    text-decoration: underline;
  }
  .agenda {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_gap);
  }
  .agenda-date {
    font-weight: 700;
    margin-block-end: 0.25em;
  }
  .agenda-day.today .agenda-date {
    color: var(--_title);
    text-decoration: underline;
    text-decoration-thickness: 0.15em;
  }
  .dialog-title {
    font-size: 1.25em;
    margin: 0 0 0.75em;
  }
`;
