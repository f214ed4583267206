import { css, unsafeCSS } from 'lit';
import { hostGeometryCss } from '../../core/launch/button-metrics.js';
import { stateStyles } from '../internal/custom-states.js';

// The guide fixes the yellow, the symbol's black and the label's 85 % black, so they are
// not custom properties; only the page-facing details (focus ring, font, launcher offsets) are.
export const consultButtonStyles = [
  unsafeCSS(hostGeometryCss((condition) => (condition ? `:host(:state(${condition[0]}-${condition[1]}))` : ':host'))),
  css`
    :host([hidden]),
    :host(:state(off)) {
      display: none;
    }
    /* A product list's buttons: off screen, a button's shadow tree waits to be styled, laid out
       and painted until it nears the viewport, in a box held at its size. Not the round
       launcher (always on screen, its shadow outside its box), nor a focused button: the paint
       containment that comes with it would clip the ring. (A noted button's styles, which
       come with its notes, undo it too: the notes set its height and may overhang it.) */
    :host(:not(:state(shape-round), :focus-within)) {
      content-visibility: auto;
      /* Its height; its width is its min-width (or its container's, full width). */
      contain-intrinsic-height: auto var(--_height);
    }
    button {
      all: unset;
      box-sizing: border-box;
      display: flex;
      align-items: center;
      justify-content: center;
      gap: var(--_gap);
      width: 100%;
      height: var(--_height);
      padding: 0 var(--_padding);
      border-radius: var(--_radius);
      background: #fee500;
      color: rgba(0, 0, 0, 0.85);
      font-size: var(--_font);
      font-weight: 600;
      line-height: 1;
      white-space: nowrap;
      cursor: pointer;
      -webkit-tap-highlight-color: transparent;
      transition: filter 120ms ease-out, transform 120ms ease-out;
    }
    .symbol {
      flex: none;
      width: var(--_symbol);
      height: var(--_symbol);
      fill: #000;
    }
    .label {
      overflow: hidden;
      text-overflow: ellipsis;
    }
    button:hover {
      filter: brightness(0.96);
    }
    button:active {
      filter: brightness(0.92);
      transform: scale(0.98);
    }
    button:focus-visible {
      outline: 3px solid var(--kakao-consult-focus-color, #1a56db);
      outline-offset: 2px;
    }
    :host(:state(color-mono)) button {
      background: #fff;
      box-shadow: inset 0 0 0 1px rgba(0, 0, 0, 0.15);
    }
    :host(:state(shape-round)) button {
      height: 100%;
      padding: 0;
      border-radius: 50%;
      box-shadow: 0 4px 12px rgba(0, 0, 0, 0.2);
    }
    :host(:state(shape-round)) .symbol {
      scale: 1.5;
    }
    :host(:state(shape-round):state(color-mono)) button {
      box-shadow: inset 0 0 0 1px rgba(0, 0, 0, 0.15), 0 4px 12px rgba(0, 0, 0, 0.2);
    }
    /* The round launcher shows the symbol only; its name stays in the accessibility tree. */
    :host(:state(shape-round)) .label {
      position: absolute;
      width: 1px;
      height: 1px;
      clip-path: inset(50%);
    }
    button[aria-disabled='true'] {
      cursor: not-allowed;
      filter: grayscale(1) opacity(0.55);
      transform: none;
    }
    @media (prefers-reduced-motion: reduce) {
      button {
        transition: none;
      }
      button:active {
        transform: none;
      }
    }
    @media (forced-colors: active) {
      button {
        border: 1px solid ButtonText;
      }
      .symbol {
        fill: ButtonText;
      }
    }
  `,
].map(stateStyles);
