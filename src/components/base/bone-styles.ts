import { css } from 'lit';

/**
 * Loading placeholders for lines of text, shared by the elements that draw an outline of what is coming: a bone holds
 * a no-break space, so its line is as tall as the text it stands for, and the outline as tall as what replaces it (no
 * layout shift). Its colour is `--_bone-color`, which each element sets from its own border token.
 */
export const boneStyles = css`
  .bone {
    display: inline-block;
    width: 60%;
    border-radius: var(--_radius);
    /* Drawn on the middle of the line, so lines read apart as text does. */
    background: linear-gradient(var(--_bone-color), var(--_bone-color)) center / 100% 0.8em no-repeat;
    opacity: 0.25;
  }
  .bone.long {
    width: 85%;
  }
  .bone.short {
    width: 35%;
  }
  /*
   * The outline (the element's .skeleton) is drawn only once loading has taken longer than a moment: an answer that
   * comes sooner replaces it before it shows, so nothing flashes and the first visit's frames paint nothing they then
   * throw away (issue 21: about 20 ms of a listing's first visit on loopback went to drawing and pulsing its outline).
   * It holds its room from the start, hidden, so nothing moves when it shows. It pulses as a whole, in step with each
   * bone pulsing as before: one layer for the compositor instead of one a bone (a listing's outline has 30).
   */
  .skeleton {
    visibility: hidden;
    animation: reveal 0s 0.2s forwards;
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton {
      animation:
        reveal 0s 0.2s forwards,
        pulse 1.5s ease-in-out 0.2s infinite;
    }
  }
  /* baseStyles stops every animation for people who prefer reduced motion: theirs shows at once, still. */
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      visibility: visible;
    }
  }
  @keyframes reveal {
    to {
      visibility: visible;
    }
  }
  /* The bones' 0.25 times 0.4: 0.1 at the pulse's low, as when each bone pulsed. */
  @keyframes pulse {
    50% {
      opacity: 0.4;
    }
  }
`;
