import { css } from 'lit';

/**
 * Only layout: the provider adds no box of its own, and none of the shared text styles either, because what it wraps
 * is the host page's own content.
 */
export const styles = css`
  :host {
    display: contents;
  }
  :host([hidden]) {
    display: none;
  }
`;
