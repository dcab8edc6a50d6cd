import { css } from 'lit';

/**
 * Where the form's text takes its colours from the page's tokens, and which tokens those are: checked once, when the
 * first form is shown (KulturElement.checkContrastOnce), so the webmaster hears of text too faint to read.
 */
export const contrastChecks = {
  '.submit':
    '--kultur-signup-button-color on --kultur-signup-button-background (or --kultur-color-on-accent on --kultur-color-accent)',
};

/**
 * The signup's tokens for the shared form look (`base/form-styles.ts`), and what only the signup shows: the waitlist
 * answer and the loading form. Sizes in em so the form follows the host page's text size.
 */
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
`;
