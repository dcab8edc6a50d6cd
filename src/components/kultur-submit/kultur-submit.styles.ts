import { css } from 'lit';

/**
 * Where the form's text takes its colours from the page's tokens, checked once when the form is first shown
 * (KulturElement.checkContrastOnce), so the webmaster hears of text too faint to read.
 */
export const contrastChecks = {
  '.submit':
    '--kultur-submit-button-color on --kultur-submit-button-background (or --kultur-color-on-accent on --kultur-color-accent)',
};

/**
 * The submission form's tokens for the shared form look (`base/form-styles.ts`), and its sections. Sizes in em so the
 * form follows the host page's text size; never rem, as host pages set different root sizes.
 */
export const styles = css`
  :host {
    display: block;
    --_gap: var(--kultur-submit-gap, var(--_space));
    --_field-background: var(--kultur-submit-field-background, var(--_color-surface));
    --_field-border: var(--kultur-submit-field-border, var(--_color-border));
    --_button-background: var(--kultur-submit-button-background, var(--_color-accent));
    --_button-color: var(--kultur-submit-button-color, var(--_color-on-accent));
    --_error: var(--kultur-submit-error-color, var(--_color-danger));
    --_success: var(--kultur-submit-success-color, var(--_color-success));
  }
  .section {
    display: grid;
    gap: var(--_gap);
    border-top: 1px solid var(--_field-border);
    padding-top: var(--_gap);
  }
  .section-title {
    font-size: 1.125em;
    font-weight: 700;
    margin-bottom: 0.5em;
  }
  .need {
    font-weight: 400;
    color: var(--_color-text-muted);
  }
  .choice-row label {
    font-weight: 400;
  }
  .answer {
    border-left-color: var(--_success);
  }
`;
