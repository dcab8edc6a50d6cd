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
  @media (prefers-reduced-motion: no-preference) {
    .bone {
      animation: pulse 1.5s ease-in-out infinite;
    }
  }
  @keyframes pulse {
    50% {
      opacity: 0.1;
    }
  }
`;
